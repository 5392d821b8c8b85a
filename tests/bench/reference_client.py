#!/usr/bin/env python3
"""The reference for bench_run_cpu: a RunningHub client written the way RunningHub's own Python examples are
(requests, submit, poll the outputs every second, download each file), run against the same sandbox.

    python3 reference_client.py <base url> <api key> <webapp id> <runs>

Prints "CPU_PER_RUN <seconds>": the CPU time of this process per finished run, after one unmeasured warm-up run.
"""
import os
import resource
import sys
import tempfile
import time

import requests


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_once(session, base, key, webapp_id, prompt, folder):
    body = {
        "webappId": webapp_id,  # kept a string: a 19-digit id does not survive a float
        "apiKey": key,
        "nodeInfoList": [
            {"nodeId": "6", "fieldName": "text", "fieldValue": prompt},
            {"nodeId": "3", "fieldName": "steps", "fieldValue": "20"},
        ],
    }
    reply = session.post(base + "/task/openapi/ai-app/run", json=body, timeout=30).json()
    if reply.get("code") != 0:
        raise RuntimeError("run refused: %s" % reply)
    task_id = reply["data"]["taskId"]
    while True:
        time.sleep(1)
        outputs = session.post(base + "/task/openapi/outputs", json={"apiKey": key, "taskId": task_id},
                               timeout=30).json()
        code = outputs.get("code")
        if code in (804, 813):
            continue
        if code != 0:
            raise RuntimeError("task %s ended with %s" % (task_id, outputs))
        for index, output in enumerate(outputs["data"]):
            file = session.get(output["fileUrl"], timeout=60)
            name = "%s_%d.%s" % (task_id, index, output.get("fileType") or "bin")
            with open(os.path.join(folder, name), "wb") as handle:
                handle.write(file.content)
        return


def main():
    base, key, webapp_id, runs = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], int(sys.argv[4])
    session = requests.Session()
    with tempfile.TemporaryDirectory() as folder:
        run_once(session, base, key, webapp_id, "warm-up", folder)
        before = cpu_seconds()
        for i in range(runs):
            run_once(session, base, key, webapp_id, "reference %d" % (i + 1), folder)
        print("CPU_PER_RUN %.6f" % ((cpu_seconds() - before) / runs))


if __name__ == "__main__":
    main()
