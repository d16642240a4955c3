"""Write the AppStream file with its screenshots, ready to publish.

    python packaging/appstream.py --media-url https://HOST/PATH OUT.xml

Software centres show an application's screenshots from addresses they can fetch, so
AppStream lists each one as a full ``https://`` address. The pictures are the ones
``python -m dass_desktop.ui.screenshots`` saves in ``packaging/screenshots/``; whoever
publishes the app copies that folder to a web address the software centre can reach and
gives it here. The file written is ``linux/uk.dassdesktop.DassDesktop.metainfo.xml`` with a
``<screenshots>`` list added: every page at 1366×768 in the light theme, the dashboard first
(the default), each captioned with its page's name.
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
METAINFO = HERE / "linux" / "uk.dassdesktop.DassDesktop.metainfo.xml"
SCREENSHOTS = HERE / "screenshots"
# The size and theme published: a 13-inch laptop's screen, as most directors will see it.
PUBLISHED = "1366x768-light-"
NAME = re.compile(r"^1366x768-light-(\d\d)-([a-z0-9-]+)\.png$")


def caption(slug: str) -> str:
    """The page's name from its file name's last part: ``one-to-ones`` → ``One-to-ones``."""
    words = slug.replace("-", " ").split()
    text = " ".join(words)
    # Hyphens that join a phrase ("one-to-one") stay; those that stood for spaces go.
    text = re.sub(r"\bone to (one|ones)\b", r"one-to-\1", text)
    return text[:1].upper() + text[1:]


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path.name} is not a PNG picture")
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def published(folder: Path = SCREENSHOTS) -> list[Path]:
    """The pictures to list, in page order."""
    return sorted(path for path in folder.glob(f"{PUBLISHED}*.png") if NAME.match(path.name))


def with_screenshots(base_url: str, folder: Path = SCREENSHOTS) -> ET.ElementTree:
    """The AppStream file with a ``<screenshots>`` list of the pictures at ``base_url``."""
    if not re.match(r"^https://[^\s/]+(/\S*)?$", base_url):
        raise ValueError(
            f"The screenshots' address must start with https:// and hold no spaces "
            f"(software centres fetch them); {base_url!r} does not."
        )
    pictures = published(folder)
    if not pictures:
        raise ValueError(
            f"There are no {PUBLISHED}*.png pictures in {folder}: make them first with "
            "`python -m dass_desktop.ui.screenshots`."
        )
    tree = ET.parse(METAINFO)
    root = tree.getroot()
    for old in root.findall("screenshots"):
        root.remove(old)
    screenshots = ET.Element("screenshots")
    for number, picture in enumerate(pictures):
        match = NAME.match(picture.name)
        assert match is not None  # published() keeps only names that match
        shot = ET.SubElement(screenshots, "screenshot")
        if number == 0:
            shot.set("type", "default")
        ET.SubElement(shot, "caption").text = caption(match.group(2))
        width, height = png_size(picture)
        image = ET.SubElement(
            shot, "image", {"type": "source", "width": str(width), "height": str(height)}
        )
        image.text = f"{base_url.rstrip('/')}/{picture.name}"
    # Where the AppStream guidelines put it: after the launchable and what it provides.
    provides = root.find("provides")
    children = list(root)
    root.insert(
        children.index(provides) + 1 if provides is not None else len(children), screenshots
    )
    ET.indent(tree, space="  ")
    return tree


def main(argv: list[str] | None = None) -> int:
    """Write the file; return 1 with a sentence on stderr if it cannot be written."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--media-url", required=True, help="the https address of the folder")
    parser.add_argument("out", type=Path, help="the AppStream file to write")
    args = parser.parse_args(argv)
    try:
        tree = with_screenshots(args.media_url)
        tree.write(args.out, encoding="UTF-8", xml_declaration=True)
    except (ValueError, OSError) as error:
        print(f"appstream.py: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {args.out} with {len(published())} screenshots")
    return 0


if __name__ == "__main__":
    sys.exit(main())
