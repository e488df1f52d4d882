#!/usr/bin/env python3
"""An advisor program that misbehaves on purpose, one way per mode, for the exec advisor's tests.

    misbehaving.py answer            answers every request with the approach named in its text ("... rag ...")
    misbehaving.py exit-after K      answers K requests, then exits with code 1
    misbehaving.py hang-on ID        never answers ID (and so nothing after it: one thread reads)
    misbehaving.py debug-lines       prints a debugging line to stdout before each answer
    misbehaving.py out-of-order      answers each request from a thread of its own, later ones sooner
    misbehaving.py unknown-approach  answers "maybe"
    misbehaving.py error-on ID       answers ID with {"error": ...}
    misbehaving.py wrong-id          answers with an id it was never sent
    misbehaving.py exit-at-once      exits with code 3 before reading anything
    misbehaving.py ignore-eof        answers, then keeps running after its input ends
    misbehaving.py close-input-after K  closes its input before its K-th answer, then answers and keeps running
    misbehaving.py slow SECONDS      answers every request after SECONDS
    misbehaving.py count DIR         answers, appending each id it is asked to DIR/asked.txt
"""
import json
import os
import sys
import threading
import time

mode = sys.argv[1]
arg = sys.argv[2] if len(sys.argv) > 2 else None
lock = threading.Lock()


def approach_of(text):
    for approach in ("fine-tuning", "rag", "prompting"):
        if approach in text:
            return approach
    return "prompting"


def send(answer):
    with lock:
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


def answer_for(request):
    return {"id": request["id"], "repeat": request["repeat"], "approach": approach_of(request["text"])}


if mode == "exit-at-once":
    print("cannot load my model", file=sys.stderr, flush=True)
    sys.exit(3)

answered = 0
threads = []
for line in sys.stdin:
    request = json.loads(line)
    if mode == "exit-after" and answered >= int(arg):
        print(f"giving up after {answered} answers", file=sys.stderr, flush=True)
        sys.exit(1)
    if mode == "hang-on" and request["id"] == arg:
        time.sleep(3600)
    if mode == "close-input-after" and answered == int(arg) - 1:
        os.close(0)  # sys.stdin.close() would leave the descriptor open
        send(answer_for(request))
        time.sleep(3600)
    if mode == "debug-lines":
        sys.stdout.write(f"debug: thinking about {request['id']}\n")
    if mode == "slow":
        time.sleep(float(arg))
    if mode == "count":
        with open(arg + "/asked.txt", "a") as log:
            log.write(request["id"] + "\n")
    if mode == "out-of-order":
        delay = 0.3 / (1 + len(threads))
        thread = threading.Thread(target=lambda r=request, d=delay: (time.sleep(d), send(answer_for(r))))
        thread.start()
        threads.append(thread)
        continue
    if mode == "unknown-approach":
        send({"id": request["id"], "repeat": request["repeat"], "approach": "maybe"})
    elif mode == "error-on" and request["id"] == arg:
        send({"id": request["id"], "repeat": request["repeat"], "error": "no idea about this one"})
    elif mode == "wrong-id":
        send({"id": "not-" + request["id"], "repeat": request["repeat"], "approach": "rag"})
    else:
        send(answer_for(request))
    answered += 1

for thread in threads:
    thread.join()
if mode == "ignore-eof":
    time.sleep(3600)
