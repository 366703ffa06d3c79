"""The extraction never reaches for the network (no model or data downloads at run time)."""

from __future__ import annotations

import socket

import pytest

from extract import Document, extract_cases


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_extraction_runs_offline(no_network: None) -> None:
    english = (
        "Le Monde rapporte que Xu Wenbo, ancien directeur, est rentré en Chine. "
        "Xu Wenbo, a former bank manager who fled to Canada, was repatriated from Canada on Monday."
    )
    chinese = "6月3日，外逃7年的職務犯罪嫌疑人欧阳明从新西兰被劝返回国。"
    [en] = extract_cases(Document(id="e", text=english, published="2024-06-05"))
    [zh] = extract_cases(Document(id="z", text=chinese, published="2024-06-05"))
    assert (en.name, en.method, en.fled_to, en.return_date) == (
        "Xu Wenbo",
        "deported",
        ["CA"],
        "2024-06-03",
    )
    assert (zh.name, zh.name_pinyin, zh.method) == ("欧阳明", "Ouyang Ming", "persuaded")
