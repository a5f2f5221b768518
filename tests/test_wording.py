"""One way to write a count with its noun (newsline.wording), shared by the
CLI, the timeline's renderings and the web pages."""

from newsline.wording import counted


def test_one_is_singular_and_every_other_count_plural():
    assert counted(1, "document") == "1 document"
    assert counted(0, "document") == "0 documents"
    assert counted(2, "earlier version") == "2 earlier versions"


def test_an_irregular_plural_is_given():
    assert counted(1, "exact copy", "exact copies") == "1 exact copy"
    assert counted(3, "exact copy", "exact copies") == "3 exact copies"
    assert counted(2, "story", "stories") == "2 stories"


def test_no_count_reads_as_zero():
    assert counted(None, "event") == "0 events"


def test_the_cli_timeline_and_web_use_the_one_implementation():
    from newsline import cli, timeline
    from newsline.readers import warc
    from newsline.web import app

    assert cli.counted is timeline.counted is warc.counted is app.counted is counted
