"""Articles in scripts written without spaces (Chinese, Japanese) or without capitals (Korean)."""

from __future__ import annotations

from tui.core.load.header_lines import word_count

CHINESE = """新华社

上海市政府宣布新的交通计划

上海市政府周一宣布，将在未来五年内投资一千亿元改善城市公共交通系统。市长在新闻发布会上表示，这项计划包括新建三条地铁线路和扩建现有的公交网络。

“我们希望让每一位市民都能享受到便捷的出行服务，”市长说。

据报道，该计划还包括建设更多的自行车道和步行街道。
"""

JAPANESE = """東京都が新しい防災計画を発表

東京都は二日、大規模な地震に備えた新しい防災計画を発表した。計画では、避難所の数を増やし、食料や水の備蓄を強化する。

知事は記者会見で「都民の安全を守るために全力を尽くす」と述べた。

都は今後五年間で約三千億円を投じる予定だ。
"""

KOREAN = """서울시 교통 대책

서울시는 월요일 향후 5년간 대중교통 시스템 개선에 1조 원을 투자하겠다고 발표했다.

전문가들은 이 계획이 도시 교통 혼잡 문제를 완화할 것이라고 평가했다.
"""


def test_each_ideograph_or_kana_counts_as_a_word():
    assert word_count("Ministers agree on quotas") == 4
    assert word_count("新华社") == 3
    assert word_count("東京都 発表 2026") == 6


def test_a_chinese_article_loads_with_its_headline_and_outlet(load_one):
    doc = load_one("zh.txt", CHINESE)
    assert doc.title == "上海市政府宣布新的交通计划"
    assert doc.outlet == "新华社"
    assert "投资一千亿元" in doc.text
    assert "自行车道" in doc.text


def test_a_japanese_article_loads_with_its_headline(load_one):
    doc = load_one("ja.txt", JAPANESE)
    assert doc.title == "東京都が新しい防災計画を発表"
    assert "避難所の数を増やし" in doc.text
    assert "三千億円" in doc.text


def test_a_three_word_korean_headline_is_the_headline_not_the_outlet(load_one):
    doc = load_one("ko.txt", KOREAN)
    assert doc.title == "서울시 교통 대책"
    assert doc.outlet is None
