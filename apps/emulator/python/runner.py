"""Persistent Python session for one emulator container.

Protocol: one JSON request per line on stdin ({"id", "code"}), one JSON reply
per line on file descriptor 3 ({"id", "status", "logs", "images", "error"}).
User code shares one globals dict across requests, like a notebook kernel.
"""
import ast
import base64
import io
import json
import linecache
import os
import resource
import sys
import traceback

LOG_LIMIT = int(os.environ.get("EXECARDS_LOG_LIMIT", "20000"))
MEMORY_LIMIT = int(os.environ.get("EXECARDS_MEMORY_LIMIT", "0"))
WORK_DIR = os.environ.get("EXECARDS_WORK_DIR", "/mnt/data")

if MEMORY_LIMIT > 0:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

# The matplotlib backend module finds the capture hook under this name.
sys.modules["execards_runner"] = sys.modules[__name__]

reply_channel = os.fdopen(3, "w", encoding="utf-8")
# Requests arrive on stdin; user code gets an empty stdin so input() raises EOFError at once.
request_channel = sys.stdin
sys.stdin = io.StringIO("")
captured_images = []


class CappedLog(io.TextIOBase):
    """Keeps the first LOG_LIMIT characters and counts the rest."""

    def __init__(self):
        self.parts = []
        self.kept = 0
        self.dropped = 0

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            text = str(text)
        room = LOG_LIMIT - self.kept
        if room > 0:
            piece = text[:room]
            self.parts.append(piece)
            self.kept += len(piece)
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def text(self):
        body = "".join(self.parts)
        if self.dropped:
            body += f"\n[output truncated: {self.dropped} more characters not shown]"
        return body


def capture_figures():
    """Turns every open matplotlib figure into a PNG data and closes it."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return
    for number in pyplot.get_fignums():
        figure = pyplot.figure(number)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
        captured_images.append(base64.b64encode(buffer.getvalue()).decode("ascii"))
    pyplot.close("all")


def run_cell(code, namespace, cell_name):
    linecache.cache[cell_name] = (len(code), None, code.splitlines(True), cell_name)
    tree = ast.parse(code, filename=cell_name, mode="exec")
    last_expression = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last_expression = ast.Expression(tree.body.pop().value)
    exec(compile(tree, cell_name, "exec"), namespace)
    if last_expression is not None:
        value = eval(compile(last_expression, cell_name, "eval"), namespace)
        if value is not None:
            print(repr(value))


def user_traceback(cell_name):
    kind, error, trace = sys.exc_info()
    frames = traceback.extract_tb(trace)
    # Drop the runner's own frames so the traceback starts at the user's code.
    while frames and frames[0].filename != cell_name:
        frames.pop(0)
    lines = ["Traceback (most recent call last):\n"] if frames else []
    lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(kind, error)
    return "".join(lines), f"{kind.__name__}: {error}"


def main():
    namespace = {"__name__": "__main__"}
    os.chdir(WORK_DIR)
    # Tells the emulator the interpreter is up: call time limits start counting after this.
    reply_channel.write(json.dumps({"ready": True}) + "\n")
    reply_channel.flush()
    for line in request_channel:
        if not line.strip():
            continue
        request = json.loads(line)
        cell_name = f"<cell {request['id']}>"
        log = CappedLog()
        captured_images.clear()
        status, error = "completed", None
        previous_out, previous_err = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = log
        try:
            run_cell(request["code"], namespace, cell_name)
        except BaseException:  # noqa: B902 - SystemExit and KeyboardInterrupt fail the call too
            status = "failed"
            text, error = user_traceback(cell_name)
            log.write(text)
        finally:
            try:
                capture_figures()
            except Exception as capture_error:  # a broken figure must not kill the session
                log.write(f"\n[figure capture failed: {capture_error}]")
            sys.stdout, sys.stderr = previous_out, previous_err
        reply = {"id": request["id"], "status": status, "logs": log.text(), "images": list(captured_images), "error": error}
        reply_channel.write(json.dumps(reply) + "\n")
        reply_channel.flush()


if __name__ == "__main__":
    main()
