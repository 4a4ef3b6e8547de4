#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The desktop entry, the AppStream metadata and the MIME types pass their
validators and agree with one another.

usage: check-desktop-integration.py SOURCE_DIR APP_ID VERSION

- desktop-file-validate (desktop-file-utils) on resources/APP_ID.desktop
- appstreamcli validate --no-net on resources/APP_ID.metainfo.xml
- resources/carteiro-mime.xml compiled by update-mime-database into a
  directory of its own, and a .scenario and a .carteiro file recognised
  through it (File::MimeInfo's mimetype, as xdg-mime does without a desktop)
- the .desktop's MimeType, the XML's types and the metainfo's mediatypes are
  the same; the metainfo's launchable is the .desktop file; names and comments
  in gl, es and en; categories Education and Network; Exec takes %f; the icon
  exists in every hicolor size; the newest release is VERSION (CMake's
  project version).
A missing tool fails the test (scripts/bootstrap.sh installs them all).
"""
import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)

problems = []


def tool(name, package):
    path = shutil.which(name)
    if not path:
        sys.exit("%s not found: install it with `apt-get install -y %s` (scripts/bootstrap.sh does)"
                 % (name, package))
    return path


def run(args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False, **kwargs)
    output = (result.stdout + result.stderr).strip()
    if output:
        print("$ %s\n%s" % (" ".join(args), output))
    return result


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, app_id, version = sys.argv[1:]
    resources = os.path.join(source, "resources")
    desktop = os.path.join(resources, app_id + ".desktop")
    metainfo = os.path.join(resources, app_id + ".metainfo.xml")
    mime_xml = os.path.join(resources, "carteiro-mime.xml")

    if run([tool("desktop-file-validate", "desktop-file-utils"), desktop]).returncode != 0:
        problems.append("desktop-file-validate rejects %s" % desktop)
    if run([tool("appstreamcli", "appstream"), "validate", "--no-net", metainfo]).returncode != 0:
        problems.append("appstreamcli validate rejects %s" % metainfo)

    # The desktop entry.
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    with open(desktop, encoding="utf-8") as f:
        entry.read_string("".join(line for line in f if not line.startswith("#")))
    group = entry["Desktop Entry"]
    for key in ("Name", "GenericName", "Comment"):
        for lang in ("", "[gl]", "[es]"):
            if not group.get(key + lang):
                problems.append("%s: no %s%s" % (desktop, key, lang))
    categories = group.get("Categories", "").split(";")
    for category in ("Education", "Network"):
        if category not in categories:
            problems.append("%s: Categories lacks %s" % (desktop, category))
    if "%f" not in group.get("Exec", "").split():
        problems.append("%s: Exec does not pass the file (%%f)" % desktop)
    desktop_types = {t for t in group.get("MimeType", "").split(";") if t}

    # The MIME types.
    mime_root = ET.parse(mime_xml).getroot()
    globs = {}
    for mime_type in mime_root.findall(MIME_NS + "mime-type"):
        globs[mime_type.get("type")] = [g.get("pattern") for g in mime_type.findall(MIME_NS + "glob")]
        langs = {c.get(XML_LANG) for c in mime_type.findall(MIME_NS + "comment")}
        if not {None, "gl", "es"} <= langs:
            problems.append("%s: %s lacks a comment in en, gl or es" % (mime_xml, mime_type.get("type")))
    expected = {"text/x-carteiro-scenario": "*.scenario", "application/x-carteiro-world": "*.carteiro"}
    for mime_type, pattern in expected.items():
        if pattern not in globs.get(mime_type, []):
            problems.append("%s: no %s for %s" % (mime_xml, mime_type, pattern))
    if desktop_types != set(globs):
        problems.append("MimeType of %s (%s) differs from the types of %s (%s)"
                        % (desktop, sorted(desktop_types), mime_xml, sorted(globs)))

    # The AppStream metadata.
    component = ET.parse(metainfo).getroot()
    if component.findtext("id") != app_id:
        problems.append("%s: id is %s, not %s" % (metainfo, component.findtext("id"), app_id))
    if component.findtext("launchable[@type='desktop-id']") != app_id + ".desktop":
        problems.append("%s: the launchable is not %s.desktop" % (metainfo, app_id))
    if component.findtext("project_license") != "GPL-3.0-or-later":
        problems.append("%s: project_license is not GPL-3.0-or-later" % metainfo)
    for tag in ("name", "summary"):
        langs = {e.get(XML_LANG) for e in component.findall(tag)}
        if not {None, "gl", "es"} <= langs:
            problems.append("%s: %s not in en, gl and es" % (metainfo, tag))
    description_langs = {p.get(XML_LANG) for p in component.findall("description/p")}
    if not {None, "gl", "es"} <= description_langs:
        problems.append("%s: description not in en, gl and es" % metainfo)
    mediatypes = {m.text for m in component.findall("provides/mediatype")}
    if mediatypes != set(globs):
        problems.append("%s: mediatypes %s differ from %s" % (metainfo, sorted(mediatypes), sorted(globs)))
    releases = component.findall("releases/release")
    if not releases or releases[0].get("version") != version:
        problems.append("%s: the newest release is not %s (CMake's project version)" % (metainfo, version))
    if component.find("content_rating[@type='oars-1.1']") is None:
        problems.append("%s: no OARS 1.1 content rating" % metainfo)
    if not component.findall("screenshots/screenshot"):
        problems.append("%s: no screenshots" % metainfo)

    # The icons.
    icon = group.get("Icon")
    if icon != "carteiro" or component.findtext("icon[@type='stock']") != icon:
        problems.append("the icon of %s and %s is not carteiro" % (desktop, metainfo))
    for size in SIZES:
        png = os.path.join(resources, "icons", "hicolor", "carteiro-%d.png" % size)
        try:
            with open(png, "rb") as f:
                header = f.read(24)
            width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
            if header[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (size, size):
                problems.append("%s is not a %dx%d PNG" % (png, size, size))
        except OSError as e:
            problems.append("%s: %s" % (png, e))

    # shared-mime-info compiles the XML and recognises both kinds of file.
    update = tool("update-mime-database", "shared-mime-info")
    mimetype = tool("mimetype", "libfile-mimeinfo-perl")
    with tempfile.TemporaryDirectory() as work:
        packages = os.path.join(work, "share", "mime", "packages")
        os.makedirs(packages)
        shutil.copy(mime_xml, os.path.join(packages, "carteiro.xml"))
        # freedesktop.org.xml too, so that the parents (text/plain, JSON) exist.
        system = "/usr/share/mime/packages/freedesktop.org.xml"
        if os.path.exists(system):
            shutil.copy(system, packages)
        if run([update, os.path.join(work, "share", "mime")]).returncode != 0:
            problems.append("update-mime-database rejects %s" % mime_xml)
        samples = {"aula.scenario": "server servidor.edu\n", "aula.carteiro": '{"format": "carteiro-world"}\n'}
        for name, text in samples.items():
            with open(os.path.join(work, name), "w", encoding="utf-8") as f:
                f.write(text)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": work,
               "XDG_DATA_HOME": os.path.join(work, "share"), "XDG_DATA_DIRS": os.path.join(work, "share")}
        for name, mime_type in (("aula.scenario", "text/x-carteiro-scenario"),
                                ("aula.carteiro", "application/x-carteiro-world")):
            found = run([mimetype, "--brief", os.path.join(work, name)], env=env).stdout.strip()
            if found != mime_type:
                problems.append("%s is recognised as %r, not %s" % (name, found, mime_type))

    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("desktop entry, AppStream metadata, MIME types and icons: all right")


if __name__ == "__main__":
    main()
