#!/usr/bin/env python3
"""End-to-end check of `portolan-cli.exe snapshot --format json` run under Wine.

    check_snapshot_json.py SNAPSHOT_JSON HOLDER_READY_FILE SCHEMA_JSON

HOLDER_READY_FILE holds "pid udp4port udp6port tcp4port" from portolan-socket-holder.exe. The snapshot must:
  * validate against the snapshot schema the Linux build writes (resources/schema/portolan-snapshot-v1.schema.json),
    and use no key the schema does not name;
  * come from the Windows backend (meta.os "windows", meta.format "iphlpapi");
  * list the holder's UDP sockets (127.0.0.1 and ::1) as BOUND and its TCP listener as LISTEN, owned by the
    holder's PID, with the holder in "processes" under its image name.
Exits 1 with the reasons on failure.
"""

import json
import sys


def validate(value, schema, where, problems):
    """The subset of JSON Schema the snapshot schema uses, plus: no keys beyond "properties"."""
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not one of {schema['enum']}")
    types = schema.get("type")
    if types is not None:
        kinds = {
            "object": dict,
            "array": list,
            "string": str,
            "boolean": bool,
            "null": type(None),
        }
        allowed = types if isinstance(types, list) else [types]
        ok = False
        for kind in allowed:
            if kind == "integer":
                ok |= isinstance(value, int) and not isinstance(value, bool)
            elif kind == "number":
                ok |= isinstance(value, (int, float)) and not isinstance(value, bool)
            else:
                ok |= isinstance(value, kinds[kind])
        if not ok:
            problems.append(f"{where}: {value!r} is not {types}")
            return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(f"{where}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            problems.append(f"{where}: {value} > {schema['maximum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                problems.append(f"{where}: missing {key!r}")
        properties = schema.get("properties")
        if properties is not None:
            for key, item in value.items():
                if key not in properties:
                    problems.append(f"{where}: key {key!r} is not in the schema")
                else:
                    validate(item, properties[key], f"{where}.{key}", problems)
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            validate(item, schema["items"], f"{where}[{index}]", problems)


def main():
    snapshot_path, ready_path, schema_path = sys.argv[1:4]
    problems = []
    with open(snapshot_path, encoding="utf-8") as f:
        text = f.read()
    try:
        snapshot = json.loads(text)
    except json.JSONDecodeError as error:
        print(f"FAIL: {snapshot_path} is not JSON: {error}\n{text[:500]}")
        return 1
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validate(snapshot, schema, "$", problems)
    try:
        import jsonschema  # full draft 2020-12 validation where the module is installed

        jsonschema.validate(snapshot, schema)
    except ImportError:
        pass
    except Exception as error:  # jsonschema.ValidationError
        problems.append(f"jsonschema: {error}")

    meta = snapshot.get("meta", {})
    if meta.get("os") != "windows" or meta.get("format") != "iphlpapi":
        problems.append(f"meta: expected os windows / format iphlpapi, got {meta.get('os')} / {meta.get('format')}")

    with open(ready_path, encoding="ascii") as f:
        pid, udp4, udp6, tcp4 = (int(x) for x in f.read().split())
    endpoints = snapshot.get("endpoints", [])

    def find(protocol, family, address, port, state):
        for e in endpoints:
            if (e.get("protocol"), e.get("family"), e.get("localAddress"), e.get("localPort")) == (
                protocol,
                family,
                address,
                port,
            ):
                if e.get("state") != state:
                    problems.append(f"{protocol} {address}:{port}: state {e.get('state')}, expected {state}")
                if e.get("pid") != pid or e.get("owner") != "resolved":
                    problems.append(
                        f"{protocol} {address}:{port}: pid {e.get('pid')} / owner {e.get('owner')}, "
                        f"expected the holder's pid {pid} / resolved"
                    )
                return e
        problems.append(f"{protocol} {family} {address}:{port} ({state}) is not in the snapshot")
        return None

    found = [
        find("udp", "ipv4", "127.0.0.1", udp4, "BOUND"),
        find("udp", "ipv6", "::1", udp6, "BOUND"),
        find("tcp", "ipv4", "127.0.0.1", tcp4, "LISTEN"),
    ]
    holder = [p for p in snapshot.get("processes", []) if p.get("pid") == pid]
    if not holder:
        problems.append(f"process {pid} is not in \"processes\"")
    elif holder[0].get("name", "").lower() != "portolan-socket-holder.exe":
        problems.append(f"process {pid} is named {holder[0].get('name')!r}")
    elif not holder[0].get("path", "").lower().endswith("\\portolan-socket-holder.exe"):
        problems.append(f"process {pid} has path {holder[0].get('path')!r}")

    if problems:
        print("FAIL: end-to-end snapshot check")
        for problem in problems:
            print("  " + problem)
        return 1
    print(
        f"OK: {len(endpoints)} endpoints, schema valid; holder pid {pid} found on udp4 :{udp4}, udp6 :{udp6}, "
        f"tcp4 :{tcp4} as {holder[0]['name']}"
    )
    for e in found:
        print("  " + json.dumps(e, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
