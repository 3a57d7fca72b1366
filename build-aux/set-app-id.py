#!/usr/bin/env python3
"""Copies a data file with the release application ID replaced by the
build's own, for a development build installed beside a release.

The files in data/ carry the release ID (io.github.parallax.Parallax) so that
they stay valid for the validators and xgettext as they are; a development
build gives the desktop file, the metainfo, the icons and the GSettings schema
its own ID (io.github.parallax.Parallax.Devel) and the schema its own path
(/io/github/parallax/Parallax/Devel/). For a release build the copy is the
file unchanged.

Usage: set-app-id.py INPUT OUTPUT APP_ID
"""
import sys

RELEASE_ID = 'io.github.parallax.Parallax'


def schema_path(app_id):
    return '/' + app_id.replace('.', '/') + '/'


def main():
    source, output, app_id = sys.argv[1:4]
    with open(source, encoding='utf-8') as f:
        text = f.read()
    text = text.replace(schema_path(RELEASE_ID), schema_path(app_id))
    text = text.replace(RELEASE_ID, app_id)
    with open(output, 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main()
