#!/usr/bin/env python3
"""A complete example advisor for EvalHarness, speaking protocol 1 (docs/advisor-protocol.md).

It reads one JSON request per line on standard input and writes one JSON answer per line on standard output:

    request:  {"id": "legal-style", "repeat": 0, "text": "...", "daily_requests": 10000,
               "tokens_per_request": 200, "training_examples": null, "tags": ["seed-exercise"]}
    answer:   {"id": "legal-style", "repeat": 0, "approach": "fine-tuning", "leaf": "fine-tune",
               "path": [...], "reasons": [...], "warnings": [...]}

It applies the course's framework with a few keyword lists, in order:
  1. Can prompting solve it?                      -> prompting
  2. Is it a style, format or persona problem?    -> fine-tuning
  3. Does it need domain knowledge?               -> rag
  4. Otherwise                                    -> prompt-engineer harder (prompting)

Anything written to standard error goes to advisor.log in the report folder; standard output carries answers only
(a stray print() would be copied to advisor.log and counted, but never breaks the run). Python 3.8+, no packages.

Run it with:  dotnet run --project src/EvalHarness.Cli -- eval --advisor "exec:python3 examples/advisors/keywords.py"
Try it by hand: echo '{"id": "x", "repeat": 0, "text": "Always answer in JSON."}' | python3 examples/advisors/keywords.py
"""

import json
import re
import sys

# Each list holds words or phrases; a match anywhere in the lower-cased text counts once.
PROMPTING_WORKS = [
    "prompting works", "prompt works", "works well with prompting", "few-shot works", "already works",
    "good enough", "one-off", "one off", "one-time", "one time", "once", "a handful", "quick", "prototype",
    "experiment", "small batch", "few examples", "summarise", "summarize", "translate", "draft",
]
STYLE_FORMAT_PERSONA = [
    "json", "xml", "yaml", "csv", "schema", "format", "template", "structure", "structured", "headings", "sections",
    "style", "tone", "voice", "persona", "brand", "house style", "formal", "dialect", "character", "always respond",
    "always writes", "consistent", "categories", "classify", "label", "tag", "function", "tool", "latency",
    "too slow", "too expensive", "per day", "a day", "million",
]
DOMAIN_KNOWLEDGE = [
    "latest", "today", "this week", "recent", "news", "current", "up-to-date", "up to date", "live", "price list",
    "stock", "policy", "policies", "handbook", "wiki", "documents", "documentation", "manual", "knowledge base",
    "internal", "private", "our own data", "records", "database", "facts", "know", "look up", "regulation",
    "guidelines", "catalogue", "catalog", "inventory", "contracts", "knowledge",
]
# A sentence that says prompting fails turns question 1 to "no".
PROMPTING_FAILS = [
    "still", "ignores", "ignored", "drifts", "drift", "inconsistent", "breaks", "fails", "doesn't work",
    "does not work", "not reliable", "unreliable", "keeps", "slips",
]


def found(text, phrases):
    """The phrases of a list that occur in the text, as whole words where they start and end with a letter."""
    hits = []
    for phrase in phrases:
        pattern = r"(?<![a-z])" + re.escape(phrase) + r"(?![a-z])" if phrase[:1].isalpha() else re.escape(phrase)
        if re.search(pattern, text):
            hits.append(phrase)
    return hits


def advise(request):
    text = (request.get("text") or "").lower()
    examples = request.get("training_examples")
    daily = request.get("daily_requests")

    works = found(text, PROMPTING_WORKS)
    fails = found(text, PROMPTING_FAILS)
    style = found(text, STYLE_FORMAT_PERSONA)
    knowledge = found(text, DOMAIN_KNOWLEDGE)
    if isinstance(daily, int) and daily >= 10000:
        style.append(f"daily_requests={daily}")

    # 1. Can prompting solve it? Yes when it says so, nothing says prompting fails, and no stronger need shows.
    prompting_solves = bool(works) and not fails and len(works) >= max(len(style), len(knowledge))
    path = [{"question": "can-prompting-solve-it", "answer": prompting_solves, "evidence": works + fails}]
    warnings = []
    reasons = []
    if prompting_solves:
        return {"approach": "prompting", "leaf": "use-prompting", "path": path, "reasons": reasons, "warnings": warnings}

    # 2. Style, format or persona? Knowledge needs are answered at step 3: fine-tuning does not teach facts.
    is_style = len(style) > len(knowledge)
    path.append({"question": "is-style-format-or-persona", "answer": is_style, "evidence": style})
    if is_style:
        if any(w in style for w in ("json", "xml", "yaml", "csv", "schema", "format", "template", "structure", "structured")):
            reasons.append("consistent-format")
        if any(w in style for w in ("style", "tone", "voice", "persona", "brand", "house style", "formal", "dialect", "character")):
            reasons.append("style-or-persona")
        if isinstance(daily, int) and daily >= 10000:
            reasons.append("high-volume")
        warnings.append("check-catastrophic-forgetting")
        if isinstance(examples, int) and examples < 50:
            warnings.append("too-few-examples")
        elif isinstance(examples, int) and examples < 100:
            warnings.append("aim-for-100-500")
        if not fails:
            warnings.append("try-few-shot-first")
        return {"approach": "fine-tuning", "leaf": "fine-tune", "path": path, "reasons": reasons, "warnings": warnings}

    # 3. Domain knowledge?
    needs_knowledge = bool(knowledge)
    path.append({"question": "needs-domain-knowledge", "answer": needs_knowledge, "evidence": knowledge})
    if needs_knowledge:
        if "fine-tun" in text:
            warnings.append("knowledge-needs-rag")
        return {"approach": "rag", "leaf": "rag", "path": path, "reasons": reasons, "warnings": warnings}

    # 4. Prompt-engineer harder.
    return {"approach": "prompting", "leaf": "prompt-engineer-harder", "path": path, "reasons": reasons, "warnings": warnings}


def main():
    print("keywords advisor ready", file=sys.stderr, flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            answer = advise(request)
        except Exception as error:  # one bad request must not end the program: answer it with an error
            request = request if isinstance(locals().get("request"), dict) else {}
            answer = {"error": f"{type(error).__name__}: {error}"}
        answer["id"] = request.get("id")
        answer["repeat"] = request.get("repeat", 0)
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()  # the harness waits for each answer: never leave one in the buffer


if __name__ == "__main__":
    main()
