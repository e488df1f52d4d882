#!/usr/bin/env python3
"""The cheapest advisor protocol 1 allows: answers every request with 'rag', so a benchmark sees the protocol's cost."""
import json
import sys

for line in sys.stdin:
    request = json.loads(line)
    sys.stdout.write(json.dumps({"id": request["id"], "repeat": request["repeat"], "approach": "rag"}) + "\n")
    sys.stdout.flush()
