"""A small YAML emitter that writes records the way people write them by hand.

Mappings and sequences in block style, short id lists and small mappings in flow style, long text as folded
block scalars, plain scalars wherever YAML reads them back as the same string, double quotes otherwise.
Only what the registers need: dict, list, str, int, float, bool, datetime.date and the wrappers below.
"""

import datetime
import json
import re
import textwrap

WRAP_WIDTH = 110


class Quoted(str):
    """A string always written in double quotes (versions, clause numbers, cycles)."""


class Flow(dict):
    """A mapping written on one line: {date: 2025-04-30, value: 0.86}."""


_RESERVED = {"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"}
_NUMBER = re.compile(r"^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?\.(inf|nan)$",
                     re.IGNORECASE)
_DATE = re.compile(r"^\d{4}-\d\d?-\d\d?")
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")


def _plain_ok(text, in_flow):
    if not text or text != text.strip() or "\n" in text:
        return False
    if text[0] in _INDICATORS or text.lower() in _RESERVED or _NUMBER.match(text) or _DATE.match(text):
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    if in_flow and any(c in text for c in ",[]{}"):
        return False
    return True


def scalar(value, in_flow=False):
    """One scalar as YAML text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(round(value, 4))
        return text
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Quoted) or not _plain_ok(value, in_flow):
        return json.dumps(str(value), ensure_ascii=False)
    return value


def _is_simple(value):
    return not isinstance(value, (dict, list))


def _flow_list(items):
    return "[" + ", ".join(scalar(item, in_flow=True) for item in items) + "]"


def _flow_map(mapping):
    return "{" + ", ".join(f"{key}: {scalar(value, in_flow=True)}" for key, value in mapping.items()) + "}"


def _long_text(value):
    return isinstance(value, str) and not isinstance(value, Quoted) and len(value) > 90


def _folded(text, indent):
    lines = textwrap.wrap(text, WRAP_WIDTH - indent, break_long_words=False, break_on_hyphens=False)
    pad = " " * indent
    return ">\n" + "".join(pad + line + "\n" for line in lines)


def _value_lines(key, value, indent, out):
    """Writes `key: value` at `indent` (the key already placed by the caller's prefix)."""
    if isinstance(value, Flow):
        out.append(f"{key}: {_flow_map(value)}\n")
    elif isinstance(value, dict):
        out.append(f"{key}:\n")
        _mapping(value, indent + 2, out, first_prefix=" " * (indent + 2))
    elif isinstance(value, list):
        if all(_is_simple(item) for item in value) and len(_flow_list(value)) + indent + len(key) < WRAP_WIDTH:
            out.append(f"{key}: {_flow_list(value)}\n")
        else:
            out.append(f"{key}:\n")
            _sequence(value, indent + 2, out)
    elif _long_text(value):
        out.append(f"{key}: {_folded(value, indent + 2)}")
    else:
        out.append(f"{key}: {scalar(value)}\n")


def _mapping(mapping, indent, out, first_prefix):
    prefix = first_prefix
    for key, value in mapping.items():
        out.append(prefix)
        _value_lines(key, value, indent, out)
        prefix = " " * indent


def _sequence(items, indent, out):
    pad = " " * indent
    for item in items:
        if isinstance(item, Flow):
            out.append(f"{pad}- {_flow_map(item)}\n")
        elif isinstance(item, dict):
            _mapping(item, indent + 2, out, first_prefix=pad + "- ")
        elif _long_text(item):
            out.append(f"{pad}- {_folded(item, indent + 2)}")
        else:
            out.append(f"{pad}- {scalar(item)}\n")


def dump_records(records, header_lines=(), blank_between=True):
    """A register file: a YAML sequence of mappings, a blank line between records."""
    out = [f"# {line}\n" if line else "#\n" for line in header_lines]
    for record in records:
        out.append("\n" if blank_between and (out or record is not records[0]) else "")
        _mapping(record, 2, out, first_prefix="- ")
    return "".join(out)


def dump_mapping(mapping, header_lines=()):
    """A single top-level mapping (aims.yaml, document front matter), a blank line between top-level keys."""
    out = [f"# {line}\n" for line in header_lines]
    for key, value in mapping.items():
        if out and (isinstance(value, (dict, list)) and not isinstance(value, Flow)):
            out.append("\n")
        _value_lines(key, value, 0, out)
    return "".join(out)


def dump_front_matter(mapping):
    """Front matter of a Markdown document, without blank lines."""
    out = []
    for key, value in mapping.items():
        _value_lines(key, value, 0, out)
    return "".join(out)
