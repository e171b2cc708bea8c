#!/usr/bin/env python3
"""Turn graded model responses in the omni-math-rule / Qwen2.5-Math evaluation format into JSONL fidelity cases.

Each input line is one graded response: `generation` (or `code[0]`) is the model's response, `answer` (or `gt`) the
gold, and the verdicts are `correctness` (a model judge's) and `score[0]` (the rule grader's). `--reference` picks the
verdict the measurement compares with. `--adjudication FILE.tsv` (lines `idx<TAB>true|false|none<TAB>note`) replaces
the reference by a verdict checked by hand; `none` marks a row no answer check can decide (a proof, a prose answer,
a decimal approximation of an exact gold): it is written with "documented" set, so the measurement reports it apart.

Usage: omni_rule_cases_to_jsonl.py --reference correctness|score [--adjudication FILE.tsv] FILE.jsonl > cases.jsonl
Standard library only; nothing of the input is executed.
"""
import json
import os
import sys


def fail(message):
    """A usage or input error: one line naming the file and cause, exit code 2 (as the evaluate CLI)."""
    print(message, file=sys.stderr)
    sys.exit(2)


def read_adjudication(path):
    verdicts = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 2 or fields[1] not in ("true", "false", "none"):
                fail(f"{path}:{number}: expected idx<TAB>true|false|none<TAB>note")
            verdicts[fields[0]] = (fields[1], fields[2] if len(fields) > 2 else "")
    return verdicts


def first(record, *names):
    for name in names:
        value = record.get(name)
        if isinstance(value, list):
            value = value[0] if value else None
        if value is not None:
            return value
    return None


def main(argv):
    reference, adjudication, paths = None, {}, []
    while argv:
        head = argv.pop(0)
        if head == "--reference" and argv:
            reference = argv.pop(0)
        elif head == "--adjudication" and argv:
            adjudication = read_adjudication(argv.pop(0))
        else:
            paths.append(head)
    if reference not in ("correctness", "score") or len(paths) != 1:
        fail("usage: omni_rule_cases_to_jsonl.py --reference correctness|score [--adjudication FILE.tsv] FILE.jsonl")
    path = paths[0]
    base = os.path.basename(path)
    written = documented = 0
    if not os.path.isfile(path):
        fail(f"{path}: not found")
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                fail(f"{base}:{number}: not JSON ({error})")
            gold, response = first(record, "answer", "gt"), first(record, "generation", "code")
            verdict = first(record, reference)
            if not isinstance(gold, str) or not isinstance(response, str) or not isinstance(verdict, bool):
                fail(f"{base}:{number}: needs string answer/gt, string generation/code and a true/false {reference}")
            idx = str(record.get("idx", number))
            case = {"gold": gold, "response": response, "expected": verdict, "source": f"{base} idx", "line": int(idx)
                    if idx.isdigit() else number, "correctness": first(record, "correctness"), "score": first(record, "score")}
            if idx in adjudication:
                truth, note = adjudication[idx]
                if truth == "none":
                    case["expected"] = False
                    case["documented"] = note or "not decidable by an answer check"
                    documented += 1
                else:
                    case["expected"] = truth == "true"
            sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
            written += 1
    print(f"{written} cases written ({documented} marked as documented differences)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
