#!/usr/bin/env python3
"""Helps translate translations/portolan_*.ts (issue #13). The translations live in the .ts files; this only moves
them in and out:

  ts_tool.py stats TS...                 messages, finished, unfinished, obsolete per file
  ts_tool.py unfinished TS [> todo.json]  the unfinished messages as JSON, to fill in
  ts_tool.py apply TS todo.json          writes the filled-in translations into TS, marked finished

A JSON entry is {"context", "source", "comment", "numerus", "translation"}; for a numerus (%n) message the
translation is a list with one text per plural form of the language (German and French 2, Japanese 1). Run
translations/update.sh after `apply`: it rewrites the file in lupdate's own layout.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(name, message):
    return (name, message.findtext("source"), message.findtext("comment") or "")


def stats(paths):
    for path in paths:
        root = ET.parse(path).getroot()
        counts = {"messages": 0, "finished": 0, "unfinished": 0, "obsolete": 0}
        for _, message in messages(root):
            kind = message.find("translation").get("type")
            counts["messages"] += 1
            if kind in ("obsolete", "vanished"):
                counts["obsolete"] += 1
            elif kind == "unfinished":
                counts["unfinished"] += 1
            else:
                counts["finished"] += 1
        print(path, " ".join(f"{k}={v}" for k, v in counts.items()))


def unfinished(path):
    root = ET.parse(path).getroot()
    todo = []
    for name, message in messages(root):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        forms = [f.text or "" for f in translation.findall("numerusform")]
        todo.append({"context": name, "source": message.findtext("source"),
                     "comment": message.findtext("comment") or "", "numerus": numerus,
                     "translation": forms if numerus else (translation.text or "")})
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(path, todo_path):
    tree = ET.parse(path)
    wanted = {}
    with open(todo_path, encoding="utf-8") as f:
        for entry in json.load(f):
            wanted[(entry["context"], entry["source"], entry.get("comment", ""))] = entry["translation"]
    done = 0
    for name, message in messages(tree.getroot()):
        text = wanted.get(key(name, message))
        if text is None or text == "" or text == []:
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in (text if isinstance(text, list) else [text]):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {done} translations applied", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "stats":
        stats(sys.argv[2:])
    elif len(sys.argv) == 3 and sys.argv[1] == "unfinished":
        unfinished(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
