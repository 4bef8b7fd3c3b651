"""The command line speaks the app's language: Japanese by default, English on request."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dxworkshop.cli import main

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "dxworkshop_ja.ts"


@pytest.fixture
def japanese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DXWORKSHOP_LANG", "ja")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    assert exit_.value.code == 2
    return capsys.readouterr().err


def new_file(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str, str]:
    return run(
        capsys, "new", str(path), "--name", "令和8年度 業務改善研修", "--fiscal-year", "2026"
    )


@pytest.mark.usefixtures("japanese")
def test_new_and_check_speak_japanese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r8.dxw"
    code, out, _ = new_file(capsys, path)
    assert code == 0 and out.strip() == f"{path} を作成しました"
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0
    assert "正常 — スキーマバージョン" in out and "研修「令和8年度 業務改善研修」" in out
    assert "評価基準 4" in out and "criteria" not in out


@pytest.mark.usefixtures("japanese")
def test_refusals_and_errors_speak_japanese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r8.dxw"
    new_file(capsys, path)
    code, _, err = new_file(capsys, path)  # a store error: the GUI's sentence
    assert code == 1 and "「r8.dxw」はすでに存在します" in err, err
    code, _, err = run(capsys, "new", str(tmp_path / "y.dxw"), "--name", "  ")  # a validation code
    assert code == 1 and "名称を入力してください" in err, err
    code, _, err = run(capsys, "dump", str(tmp_path / "missing.dxw"))
    assert code == 1 and "「missing.dxw」が見つかりません" in err, err
    code, _, err = run(capsys, "load", str(tmp_path / "missing.json"), str(tmp_path / "o.dxw"))
    assert code == 1 and err.strip().endswith("ファイルが見つかりません"), err
    notjson = tmp_path / "notjson.json"
    notjson.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "load", str(notjson), str(tmp_path / "o.dxw"))
    assert code == 1 and "JSON 文書を読み込めません" in err, err
    code, _, err = run(capsys, "import-roster", str(path), str(tmp_path / "nobody.xlsx"))
    assert code == 1 and "nobody.xlsx: ファイルが見つかりません" in err, err
    code, _, err = run(capsys, "export", str(path), "--report", "hearing-sheet")
    assert code == 1 and "--municipality 市町村名 が必要です" in err, err


@pytest.mark.usefixtures("japanese")
def test_import_roster_speaks_japanese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.dxw"
    new_file(capsys, path)
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "氏名,ふりがな,市町村,所属,上司\n"
        "山田　太郎,やまだ たろう,倉敷市,市民課,佐藤 一郎\n,,倉敷市,税務課,\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import-roster", str(path), str(roster), "--dry-run")
    assert code == 0 and out.startswith("試行（変更なし）: ") and "取り込みました" in out, out
    assert "取込不可: 3行目: 氏名がありません" in err, err


@pytest.mark.usefixtures("japanese")
def test_usage_errors_and_help_speak_japanese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = usage_error(capsys, "new")
    assert "使い方: dxworkshop new" in err and "エラー: 次の引数が必要です: FILE, --name" in err
    err = usage_error(capsys, "new", str(tmp_path / "a.dxw"), "--name", "x", "--start-date", "1")
    assert "は日付ではありません" in err
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    out = capsys.readouterr().out
    assert "研修名" in out and "このヘルプを表示して終了する" in out and "オプション" in out


def test_english_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DXWORKSHOP_LANG", "en")
    path = tmp_path / "r8.dxw"
    code, out, _ = new_file(capsys, path)
    assert code == 0 and out.strip() == f"created {path}"
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0 and "schema version" in out and "criteria 4" in out
    err = usage_error(capsys, "new")
    assert "usage: dxworkshop new" in err and "the following arguments are required" in err


def test_argparse_is_itself_again_after_a_japanese_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    monkeypatch.setenv("DXWORKSHOP_LANG", "ja")
    usage_error(capsys, "new")
    assert "usage:" in argparse.ArgumentParser(prog="x").format_usage()


def _real_run(tmp_path: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("DXWORKSHOP_LANG", "LANGUAGE")}
    base.update(
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # the app's preferences: none yet, or below
        HOME=str(tmp_path),
        LC_ALL="ja_JP.UTF-8",
        LANG="ja_JP.UTF-8",
    )
    base.update(env)
    return subprocess.run(
        [sys.executable, "-m", "dxworkshop", *argv],
        capture_output=True,
        text=True,
        check=False,
        env=base,
    )


def test_japanese_by_default_and_english_with_the_preference(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.dxw")
    result = _real_run(tmp_path, "dump", missing)
    assert result.returncode == 1 and "missing.dxw" in result.stderr
    assert "does not exist" not in result.stderr and "「missing.dxw」" in result.stderr
    # Settings ▸ English (QSettings of the app, as the GUI writes it)
    settings = tmp_path / "config" / "dxworkshop" / "dxworkshop.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    result = _real_run(tmp_path, "dump", missing)
    assert result.returncode == 1 and "no such file" in result.stderr, result.stderr
    # the environment wins over the preference
    result = _real_run(tmp_path, "dump", missing, DXWORKSHOP_LANG="ja")
    assert "「missing.dxw」" in result.stderr, result.stderr


def test_every_message_of_the_command_line_has_a_japanese_translation() -> None:
    contexts = {c.findtext("name"): c for c in ET.parse(TS).getroot().iter("context")}
    assert {"Cli", "argparse"} <= set(contexts)
    unfinished = []
    for name in ("Cli", "argparse"):
        for message in contexts[name].iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is not None or not translation.text:
                unfinished.append(f"{name}: {message.findtext('source')}")
    assert unfinished == []
    # every translation keeps the placeholders of its source
    import re

    for name in ("Cli", "argparse"):
        for message in contexts[name].iter("message"):
            source, text = message.findtext("source") or "", message.findtext("translation") or ""
            pattern = r"\{\w+\}|%\(\w+\)[sr]|%[sr]"
            assert sorted(re.findall(pattern, source)) == sorted(re.findall(pattern, text)), source


@pytest.mark.parametrize(("language", "forbidden"), [("en", "PySide6"), ("ja", "PySide6.QtGui")])
def test_the_language_keeps_the_command_line_light(
    tmp_path: Path, language: str, forbidden: str
) -> None:
    """English imports nothing of Qt; Japanese only QtCore (a QTranslator, no application)."""
    script = (
        "import sys\n"
        "from dxworkshop.cli import main\n"
        f"main(['new', {str(tmp_path / 'a.dxw')!r}, '--name', 'x'])\n"
        f"main(['dump', {str(tmp_path / 'missing.dxw')!r}])\n"
        f"print({forbidden!r} in sys.modules, 'PySide6.QtCore' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DXWORKSHOP_LANG"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        env={**env, "DXWORKSHOP_LANG": language},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["False", str(language == "ja")], result.stdout
