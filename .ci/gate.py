"""Quality gates on the dev page: fail CI when the product falls below a floor.

Floors only go up. Raise them as the product improves; never lower them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

SEGMENTATION_RECALL = 1.0
OVERALL_F1 = 0.99


def main(graph: str, gold: str) -> int:
    score = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        report_path = Path(tmp) / "report.json"
        subprocess.run([sys.executable, str(score), graph, gold, "--json", str(report_path)], check=True)
        report = json.loads(report_path.read_text(encoding="utf-8"))
    failures = []
    if report["articles"]["recall"] < SEGMENTATION_RECALL:
        failures.append(f"segmentation recall {report['articles']['recall']} < {SEGMENTATION_RECALL}")
    if report["overall_micro"]["f1"] < OVERALL_F1:
        failures.append(f"overall F1 {report['overall_micro']['f1']} < {OVERALL_F1}")
    for failure in failures:
        print(f"gate: FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
