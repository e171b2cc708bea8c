#!/usr/bin/env python3
"""Turn pytest parametrize tables of (gold, pred, expected) into JSONL fidelity cases.

Reads Python test files with `ast` (nothing is imported or executed) and writes one JSON object per table row:
{"gold", "response", "expected", "source", "line", "params"} where `expected` is true when the upstream grader
must accept the response, `source` is "FILE::test_function", `line` the row's line in FILE and `params` the row's
other parametrize values (e.g. the upstream grader's float precision), so a reader can see how upstream was set up.

A row whose values are not plain literals (an f-string computed at import time, a row with a missing value) is
skipped and counted on stderr with its line: the measurement must say what it left out, not drop it silently.

Usage: pytest_cases_to_jsonl.py [--documented FILE.tsv] TEST_FILE.py... > cases.jsonl
A documented-differences file has lines `FILE:LINE<TAB>rule` (FILE is the test file's base name); a row listed
there gets "documented": rule, and the measurement reports agreement with and without those rows.
Standard library only.
"""
import ast
import json
import os
import sys

GOLD_NAMES = ("gold",)
RESPONSE_NAMES = ("pred", "prediction", "response")
EXPECTED_NAMES = ("expected", "result")


def fail(message):
    """A usage or input error: one line naming the file and cause, exit code 2 (as the evaluate CLI)."""
    print(message, file=sys.stderr)
    sys.exit(2)


def argument_names(node):
    """The parametrize names: "a,b" or "a, b" or ("a", "b")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [name.strip() for name in node.value.split(",")]
    if isinstance(node, (ast.Tuple, ast.List)):
        return [element.value.strip() for element in node.elts
                if isinstance(element, ast.Constant) and isinstance(element.value, str)]
    return None


def parametrize_calls(function):
    for decorator in function.decorator_list:
        if (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Attribute)
                and decorator.func.attr == "parametrize" and len(decorator.args) >= 2):
            yield decorator


def first_index(names, candidates):
    for candidate in candidates:
        if candidate in names:
            return names.index(candidate)
    return None


def rows_of(path, documented, skipped):
    base = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read(), filename=path)
    except (OSError, UnicodeDecodeError) as error:
        fail(f"{path}: cannot be read ({error})")
    except SyntaxError as error:
        fail(f"{path}:{error.lineno}: not Python ({error.msg})")
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for call in parametrize_calls(function):
            names = argument_names(call.args[0])
            if names is None:
                continue
            gold, response, expected = (first_index(names, GOLD_NAMES), first_index(names, RESPONSE_NAMES),
                                        first_index(names, EXPECTED_NAMES))
            if gold is None or response is None or expected is None:
                continue  # not a gold/pred/expected table (e.g. parser-only tests)
            if not isinstance(call.args[1], (ast.List, ast.Tuple)):
                skipped.append(f"{base}:{call.lineno}: {function.name}: the table is not a literal list")
                continue
            for row in call.args[1].elts:
                where = f"{base}:{row.lineno}"
                try:
                    values = ast.literal_eval(row)
                except ValueError:
                    skipped.append(f"{where}: {function.name}: a value is not a plain literal (e.g. an f-string)")
                    continue
                if not isinstance(values, tuple) or len(values) != len(names):
                    skipped.append(f"{where}: {function.name}: {len(values) if isinstance(values, tuple) else 1} "
                                   f"values for {len(names)} names")
                    continue
                if not isinstance(values[gold], str) or not isinstance(values[response], str):
                    skipped.append(f"{where}: {function.name}: gold or pred is not a string")
                    continue
                case = {
                    "gold": values[gold],
                    "response": values[response],
                    "expected": bool(values[expected]),
                    "source": f"{base}::{function.name}",
                    "line": row.lineno,
                    "params": {name: values[i] for i, name in enumerate(names)
                               if i not in (gold, response, expected)},
                }
                rule = documented.get(where)
                if rule:
                    case["documented"] = rule
                yield case


def read_documented(path):
    documented = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, separator, rule = line.partition("\t")
            if not separator or ":" not in key or not rule.strip():
                fail(f"{path}:{number}: expected FILE:LINE<TAB>rule")
            documented[key.strip()] = rule.strip()
    return documented


def main(argv):
    documented = {}
    if len(argv) >= 2 and argv[0] == "--documented":
        documented = read_documented(argv[1])
        argv = argv[2:]
    if not argv:
        fail(__doc__.strip().splitlines()[0] + "\nusage: pytest_cases_to_jsonl.py [--documented FILE.tsv] TEST_FILE.py...")
    skipped, written = [], 0
    for path in argv:
        for case in rows_of(path, documented, skipped):
            sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
            written += 1
    print(f"{written} cases written, {len(skipped)} rows skipped", file=sys.stderr)
    for reason in skipped:
        print(f"  skipped {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
