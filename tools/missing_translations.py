#!/usr/bin/env python3
"""List the English texts of the portal that have no French translation.

The portal uses the English text itself as the resource key (IStringLocalizer<SharedResource>),
and the French texts live in src/Portal.Web/Localization/SharedResource.fr.resx.

Keys are collected from src/Portal.Web (.cs and .cshtml, bin/ and obj/ excluded):
  * localizer indexers with a string literal: L["..."], l["..."], L[@"...", args], localizer["..."];
  * data-annotation texts in .cs files: ErrorMessage = "...", and Name/Description/Prompt = "..."
    inside [Display(...)], which AddDataAnnotationsLocalization looks up in SharedResource
    (except in configuration classes named *Options, validated without the localizer);
  * texts that reach the localizer through a variable, which the portal builds in known places:
    the messages of RuleResult (new(RuleOutcome.X, "...")), the switch arms of the methods that
    return a key (Provinces.DisplayNameKey, AnnexA.Name, DocumentKinds.Name) and the members of
    the enums shown with L[x.ToString()] (InvitationState).
Interpolated strings ($"...") are never keys and are ignored.

The French resx is also checked for duplicate keys, exact or differing only by case.

Usage: missing_translations.py [--json] [--dynamic]
  --json     print the missing keys as a JSON array (duplicates go to stderr)
  --dynamic  also list, on stderr, the localizer calls whose key is not a literal
Exit code: 0 when every key has a translation and the resx has no duplicates, 1 otherwise.
"""
import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEB = os.path.join(ROOT, "src", "Portal.Web")
FRENCH = os.path.join(WEB, "Localization", "SharedResource.fr.resx")

# The names the IStringLocalizer instances go by in the portal.
LOCALIZER = re.compile(r"(?<![\w.])(?:L|l|localizer|Localizer|_localizer)\[")
ERROR_MESSAGE = re.compile(r"\bErrorMessage\s*=\s*")
DISPLAY = re.compile(r"\[\s*(?:[\w.]+\s*,\s*)*Display(?:Attribute)?\s*\(")
DISPLAY_ARG = re.compile(r"\b(?:Name|Description|Prompt)\s*=\s*")
RULE_RESULT = re.compile(r"(?:\bnew\s*(?:RuleResult\s*)?\(\s*|,\s*)RuleOutcome\.\w+\s*,\s*")
# Methods whose returned string is used as a key: (method name, type of its parameter).
KEY_METHODS = [("DisplayNameKey", "Province"), ("Name", "AipClass"), ("Name", "DocumentKind"),
               ("Name", "ReminderType"), ("Name", "ReminderDelivery"), ("Describe", "string"), ("Name", "AuditAction")]
# Enums shown as L[value.ToString()].
KEY_ENUMS = ["InvitationState"]

SIMPLE_ESCAPES = {"'": "'", '"': '"', "\\": "\\", "0": "\0", "a": "\a", "b": "\b",
                  "e": "\x1b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def parse_literal(text, i):
    """Parse the C# string literal starting at text[i] (after whitespace).

    Returns (value, end) or None when there is no plain or verbatim literal there
    (an interpolated string, an expression, ...).  A literal followed by '+' is treated
    as not a literal, since the key is built at run time."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    if text.startswith('"""', i):
        return None  # raw string literal: not used in the portal
    if text.startswith('@"', i):
        i += 2
        out = []
        while i < n:
            c = text[i]
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    out.append('"')
                    i += 2
                    continue
                i += 1
                break
            out.append(c)
            i += 1
        value, end = "".join(out), i
    elif i < n and text[i] == '"':
        i += 1
        out = []
        while i < n:
            c = text[i]
            if c == "\\":
                e = text[i + 1]
                if e in SIMPLE_ESCAPES:
                    out.append(SIMPLE_ESCAPES[e])
                    i += 2
                elif e == "u":
                    out.append(chr(int(text[i + 2:i + 6], 16)))
                    i += 6
                elif e == "U":
                    out.append(chr(int(text[i + 2:i + 10], 16)))
                    i += 10
                elif e == "x":
                    m = re.match(r"[0-9A-Fa-f]{1,4}", text[i + 2:])
                    out.append(chr(int(m.group(0), 16)))
                    i += 2 + len(m.group(0))
                else:
                    out.append(e)
                    i += 2
                continue
            if c == '"' or c == "\n":
                i += 1
                break
            out.append(c)
            i += 1
        value, end = "".join(out), i
    else:
        return None
    j = end
    while j < n and text[j].isspace():
        j += 1
    if j < n and text[j] == "+":
        return None
    return value, end


def skip_to_close(text, i):
    """Index of the ')' closing the parenthesis opened just before text[i], skipping strings."""
    depth = 1
    n = len(text)
    while i < n:
        c = text[i]
        if c == '"' or text.startswith('@"', i):
            lit = parse_literal(text, i)
            if lit is None:  # concatenation: skip the literal anyway
                i = text.index('"', i) + 1
                while i < n and text[i] != '"':
                    i += 2 if text[i] == "\\" else 1
                i += 1
            else:
                i = lit[1]
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return n


def source_files():
    for folder, dirs, files in os.walk(WEB):
        dirs[:] = [d for d in dirs if d not in ("bin", "obj", "node_modules", "wwwroot")]
        for f in sorted(files):
            if f.endswith((".cs", ".cshtml")):
                yield os.path.join(folder, f)


def in_options_class(text, i):
    """True inside a configuration class (name ending in Options): its validation messages are for
    the operator, checked by ValidateDataAnnotations without the localizer."""
    classes = re.findall(r"\bclass\s+(\w+)", text[:i])
    return bool(classes) and classes[-1].endswith("Options")


def line_of(text, i):
    return text.count("\n", 0, i) + 1


def collect_keys():
    keys = {}        # key -> first place it is used
    dynamic = []     # localizer calls whose key is not a literal

    def add(key, path, text, i):
        if key and key not in keys:
            keys[key] = f"{os.path.relpath(path, ROOT)}:{line_of(text, i)}"

    for path in source_files():
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        for m in LOCALIZER.finditer(text):
            lit = parse_literal(text, m.end())
            if lit is None:
                end = text.find("]", m.end())
                dynamic.append(f"{os.path.relpath(path, ROOT)}:{line_of(text, m.start())}: "
                               f"{text[m.start():end + 1].strip()}")
            else:
                add(lit[0], path, text, m.start())
        if not path.endswith(".cs"):
            continue
        for m in ERROR_MESSAGE.finditer(text):
            lit = parse_literal(text, m.end())
            if lit is not None and not in_options_class(text, m.start()):
                add(lit[0], path, text, m.start())
        for m in DISPLAY.finditer(text):
            close = skip_to_close(text, m.end())
            args = text[m.end():close]
            for a in DISPLAY_ARG.finditer(args):
                lit = parse_literal(args, a.end())
                if lit is not None:
                    add(lit[0], path, text, m.start())
        for m in RULE_RESULT.finditer(text):
            lit = parse_literal(text, m.end())
            if lit is not None:
                add(lit[0], path, text, m.start())
        for name, param in KEY_METHODS:
            for m in re.finditer(r"\bstatic\s+string\s+" + name + r"\s*\(\s*" + param + r"\s+\w+\s*\)\s*=>", text):
                end = text.find("};", m.end())
                body = text[m.end():end]
                for arm in re.finditer(r"=>\s*", body):
                    lit = parse_literal(body, arm.end())
                    if lit is not None:
                        add(lit[0], path, text, m.end() + arm.start())
        for enum in KEY_ENUMS:
            m = re.search(r"\benum\s+" + enum + r"\b[^{]*\{([^}]*)\}", text)
            if m:
                body = re.sub(r"//[^\n]*|/\*.*?\*/|\[[^\]]*\]", "", m.group(1), flags=re.S)
                for member in re.findall(r"\b([A-Za-z_]\w*)\s*(?:=[^,]*)?(?:,|$)", body):
                    add(member, path, text, m.start())
    return keys, dynamic


def french_entries():
    tree = ET.parse(FRENCH)
    names = []
    for data in tree.getroot().iter("data"):
        if data.get("type") is None:
            names.append(data.get("name"))
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the missing keys as JSON")
    parser.add_argument("--dynamic", action="store_true", help="list the localizer calls with a computed key")
    args = parser.parse_args()

    keys, dynamic = collect_keys()
    names = french_entries()

    errors = []
    seen, folded = set(), {}
    for name in names:
        if name in seen:
            errors.append(f"duplicate key in SharedResource.fr.resx: {name}")
        elif name.casefold() in folded:
            errors.append(f"keys differing only by case in SharedResource.fr.resx: {folded[name.casefold()]} / {name}")
        seen.add(name)
        folded.setdefault(name.casefold(), name)

    missing = [k for k in keys if k not in seen]

    if args.json:
        print(json.dumps(missing, ensure_ascii=False, indent=1))
        for e in errors:
            print(e, file=sys.stderr)
    else:
        for e in errors:
            print("ERROR " + e)
        if missing:
            print(f"{len(missing)} texts have no French translation in src/Portal.Web/Localization/SharedResource.fr.resx:")
        for k in missing:
            line = k.replace("\\", "\\\\").replace("\n", "\\n")
            if k.casefold() in folded:
                line += (f"    <- the resx has \"{folded[k.casefold()]}\", which differs only by case: the lookup is"
                         " case-sensitive, but a resx cannot hold both spellings, so use one spelling in the code")
            print(line)
    if args.dynamic:
        print("Localizer calls whose key is computed (checked only through the known sources):", file=sys.stderr)
        for d in dynamic:
            print("  " + d, file=sys.stderr)
    return 1 if missing or errors else 0


if __name__ == "__main__":
    sys.exit(main())
