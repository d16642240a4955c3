"""The installer recipes agree with the app: versions, names, icons, per-user Windows setup."""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from dass_desktop import APP_NAME, __version__

ROOT = Path(__file__).parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "uk.dassdesktop.DassDesktop"


def load_script(name: str) -> ModuleType:
    """A script from packaging/ as a module (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location(f"dass_packaging_{name}", PACKAGING / name)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_appstream_metainfo_is_well_formed_and_current() -> None:
    """The AppStream file parses as XML, names the desktop entry that exists, and its
    newest release is this version.
    """
    path = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.text is not None
    assert (PACKAGING / "linux" / launchable.text).is_file()
    releases = root.findall("releases/release")
    assert releases
    assert releases[0].get("version") == __version__
    assert root.findtext("provides/binary") == "dass-desktop"


def test_desktop_entry() -> None:
    """The Linux desktop entry starts the app's command with its icon, in a window."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == APP_NAME
    assert section["Exec"] == "dass-desktop"
    assert section["Icon"] == "dass-desktop"
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")


def test_macos_bundle_settings() -> None:
    """Info.plist parses, carries this version and the same identifier as AppStream, and
    names the .icns that make_icons.py writes.
    """
    plist = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert plist["CFBundleName"] == APP_NAME
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["NSHighResolutionCapable"] is True
    assert (ROOT / "resources" / "icons" / plist["CFBundleIconFile"]).is_file()


def test_inno_setup_script_is_per_user() -> None:
    """The Windows installer needs no admin rights, installs per user, adds a Start menu
    entry and an uninstaller, and wraps the folder build.py makes.
    """
    iss = (PACKAGING / "windows" / "dass-desktop.iss").read_text(encoding="utf-8")
    lines = {line.strip() for line in iss.splitlines()}
    assert "PrivilegesRequired=lowest" in lines
    assert "PrivilegesRequiredOverridesAllowed" not in iss  # never offers an admin install
    assert "DefaultDirName={autopf}\\{#AppName}" in lines
    assert f'#define AppVersion "{__version__}"' in iss
    assert f'#define AppName "{APP_NAME}"' in iss
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in lines)
    assert "Uninstallable=no" not in iss
    assert 'Source: "..\\..\\dist\\{#AppName}\\*"' in iss
    assert load_script("build.py").NAME == APP_NAME
    icon = next(line.split("=", 1)[1] for line in lines if line.startswith("SetupIconFile="))
    assert (PACKAGING / "windows" / Path(*icon.split("\\"))).resolve().is_file()
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"):
        assert switch in iss
        assert switch in (ROOT / "README.md").read_text(encoding="utf-8")


def png_dimensions(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (independent of make_icons.py)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icon_set_has_every_size() -> None:
    """Each PNG of the icon set is the size its name says; the .ico and .icns hold PNGs
    of the sizes Windows and macOS look for.
    """
    icons = load_script("make_icons.py")
    folder = ROOT / "resources" / "icons"
    for size in icons.PNG_SIZES:
        assert png_dimensions((folder / f"app-{size}.png").read_bytes()) == (size, size)
    ico = icons.read_ico((folder / "app.ico").read_bytes())
    assert sorted(ico) == sorted(icons.ICO_SIZES)
    for size, png in ico.items():
        assert png_dimensions(png) == (size, size)
    icns = icons.read_icns((folder / "app.icns").read_bytes())
    for kind, size in icons.ICNS_TYPES:
        assert png_dimensions(icns[kind]) == (size, size)


def test_icon_containers_round_trip() -> None:
    """The .ico writer stores 256 pixels as 0 and reads back what it wrote; it refuses
    images too large for the format.
    """
    icons = load_script("make_icons.py")
    pngs = {16: b"sixteen", 256: b"two-five-six"}
    data = icons.ico_bytes(pngs)
    assert data[6] == 16
    assert data[22] == 0
    assert icons.read_ico(data) == pngs
    with pytest.raises(ValueError, match="256 pixels at most"):
        icons.ico_bytes({512: b"x"})


def test_icons_are_drawn_from_the_svg(qapp: object) -> None:
    """The committed PNGs are what the SVG draws today: change the SVG, run
    packaging/make_icons.py, commit the output.
    """
    from PySide6.QtGui import QImage

    icons = load_script("make_icons.py")
    folder = ROOT / "resources" / "icons"
    for size in (16, 64, 256):
        argb = QImage.Format.Format_ARGB32
        drawn = QImage.fromData(icons.render_png(folder / "app.svg", size)).convertToFormat(argb)
        committed = QImage(str(folder / f"app-{size}.png")).convertToFormat(argb)
        assert drawn == committed, f"app-{size}.png is stale: run packaging/make_icons.py"


def test_appstream_screenshots_are_listed_for_publishing(tmp_path: Path) -> None:
    """The publishing script lists every page's 1366×768 light picture at the address
    given, the dashboard first as the default, with its true size and a caption; the
    file it writes still passes the metainfo checks.
    """
    script = load_script("appstream.py")
    out = tmp_path / "metainfo.xml"
    assert script.main(["--media-url", "https://example.org/dass/shots/", str(out)]) == 0
    root = ET.parse(out).getroot()
    assert root.findtext("id") == APP_ID
    shots = root.findall("screenshots/screenshot")
    pictures = sorted((PACKAGING / "screenshots").glob("1366x768-light-*.png"))
    assert len(shots) == len(pictures) >= 8
    assert shots[0].get("type") == "default"
    assert [s.get("type") for s in shots[1:]] == [None] * (len(shots) - 1)
    assert shots[0].findtext("caption") == "Dashboard"
    captions = [shot.findtext("caption") for shot in shots]
    assert "One-to-ones" in captions
    for shot, picture in zip(shots, pictures, strict=True):
        image = shot.find("image")
        assert image is not None
        assert image.text == f"https://example.org/dass/shots/{picture.name}"
        assert (image.get("width"), image.get("height")) == tuple(
            str(n) for n in png_dimensions(picture.read_bytes())
        )


def test_appstream_script_refuses_an_address_software_centres_cannot_fetch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plain-http or local address is refused with a sentence, and nothing is written."""
    script = load_script("appstream.py")
    out = tmp_path / "metainfo.xml"
    for address in ("http://example.org/shots", "file:///tmp/shots", "https://bad host/x"):
        assert script.main(["--media-url", address, str(out)]) == 1
        assert "must start with https://" in capsys.readouterr().err
    assert not out.exists()


def test_every_page_has_its_screenshots() -> None:
    """packaging/screenshots holds every sidebar page at both sizes in light and dark,
    and nothing else: run `python -m dass_desktop.ui.screenshots` after adding a page.
    """
    from dass_desktop.ui.navigation import LATER_PAGES

    pages = 1 + len(LATER_PAGES)
    names = sorted(path.name for path in (PACKAGING / "screenshots").glob("*.png"))
    assert len(names) == pages * 4
    for prefix in ("1024x700-light", "1024x700-dark", "1366x768-light", "1366x768-dark"):
        numbers = [name.split("-")[2] for name in names if name.startswith(prefix + "-")]
        assert numbers == [f"{n:02d}" for n in range(1, pages + 1)]
