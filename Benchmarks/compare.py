#!/usr/bin/env python3
"""Runs the issue-8 workloads with the Swift harness (egov-bench) and with the
anchors (numpy, statsmodels, scipy, matplotlib, linearmodels; R where installed)
in the same run, prints the goal table and writes Benchmarks/results.json.

    make bench                      # release build + this script
    python3 Benchmarks/compare.py   # assumes .build/release/{egov,egov-bench} exist
    python3 Benchmarks/compare.py --quick     # fewer repetitions (smoke test)
    python3 Benchmarks/compare.py --whole-process-only   # only the issue-19 whole-process goals

Whole-process workloads (issue 19): `egov regress` / `egov describe` on a generated
1e6 x 10 CSV of %.17g numbers (cached in .build/bench-data/) against a Python process
running pandas.read_csv + statsmodels OLS(HC1) / pandas describe(), and `egov report`;
each side is a fresh process (interpreter start-up and imports included on the Python
side, as the binary's start-up is on ours), timed by wall clock with CPU time and peak RSS
from os.wait4's rusage of that child alone; egov and its anchor alternate run by run.

Timing on both sides: in-process, monotonic clock (time.perf_counter here,
CLOCK_MONOTONIC in the harness), one untimed warm-up, median of N repetitions,
fixed seeds. Each Swift workload runs in its own process so that getrusage's
peak RSS belongs to that workload alone. The Python anchors run in a child
process whose environment drops OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE (set
machine-wide here; they pin OpenBLAS to its Haswell kernel), so OpenBLAS picks
its kernel for this CPU; threadpoolctl's report of both is recorded.
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, ".build", "release")

# ---------------------------------------------------------------- anchors (child process)


def timed(body, reps, warmup=True):
    """Median of `reps` timed calls after one untimed warm-up call."""
    if warmup:
        body()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        body()
        times.append(time.perf_counter() - t0)
    return {"medianSeconds": statistics.median(times), "minSeconds": min(times), "timesSeconds": times,
            "repetitions": reps}


def regression_data(n, k, seed):
    import numpy as np
    rng = np.random.default_rng(seed)
    X = np.ones((n, k))
    X[:, 1:] = rng.standard_normal((n, k - 1))
    beta = np.array([1.0] + [0.5 / j for j in range(1, k)])
    y = X @ beta + (1 + 0.5 * np.abs(X[:, 1])) * rng.standard_normal(n)
    return X, y


def correlated_pair(n, seed):
    import numpy as np
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(n)
    return x, 0.4 * x + rng.standard_normal(n)


def anchor_np_lstsq(reps):
    import numpy as np
    X, y = regression_data(1_000_000, 10, 20240801)
    return timed(lambda: np.linalg.lstsq(X, y, rcond=None), reps)


def anchor_sm_ols(n):
    def run(reps):
        import statsmodels.api as sm
        X, y = regression_data(n, 10, 20240801)
        return timed(lambda: sm.OLS(y, X).fit(cov_type="HC1").bse, reps)
    return run


def anchor_sm_small_fits(reps):
    import statsmodels.api as sm
    data = [regression_data(190, 3, 7000 + i) for i in range(100)]

    def body():
        s = 0.0
        for i in range(10_000):
            X, y = data[i % 100]
            s += sm.OLS(y, X).fit(cov_type="HC1").bse[1]
        return s
    return timed(body, reps)


def anchor_linearmodels_fe(reps):
    import numpy as np
    import pandas as pd
    from linearmodels.panel import PanelOLS
    rng = np.random.default_rng(99)
    entities, periods = 10_000, 100
    n = entities * periods
    alpha, gamma = rng.standard_normal(entities), rng.standard_normal(periods)
    e = np.repeat(np.arange(entities), periods)
    t = np.tile(np.arange(periods), entities)
    x1 = rng.standard_normal(n) + 0.5 * alpha[e]
    x2 = rng.standard_normal(n) + 0.3 * gamma[t]
    y = x1 - 0.5 * x2 + alpha[e] + gamma[t] + rng.standard_normal(n)
    df = pd.DataFrame({"y": y, "x1": x1, "x2": x2}, index=pd.MultiIndex.from_arrays([e, t], names=["entity", "time"]))

    def body():
        return PanelOLS(df["y"], df[["x1", "x2"]], entity_effects=True, time_effects=True).fit(
            cov_type="clustered", cluster_entity=True).std_errors
    # One PanelOLS fit takes ~20 s here: no separate warm-up (imports and data are ready).
    return timed(body, reps, warmup=False)


def pearson_axis(x, y, axis=-1):
    import numpy as np
    xm = x - x.mean(axis=axis, keepdims=True)
    ym = y - y.mean(axis=axis, keepdims=True)
    return (xm * ym).sum(axis=axis) / np.sqrt((xm * xm).sum(axis=axis) * (ym * ym).sum(axis=axis))


def anchor_scipy_bca(reps):
    import numpy as np
    from scipy import stats
    x, y = correlated_pair(190, 11)

    def body():
        return stats.bootstrap((x, y), pearson_axis, paired=True, vectorized=True, n_resamples=10_000,
                               method="BCa", rng=np.random.default_rng(12)).confidence_interval
    return timed(body, reps)


def anchor_scipy_permutation(reps):
    import numpy as np
    from scipy import stats
    x, y = correlated_pair(190, 13)

    def body():
        return stats.permutation_test((x, y), pearson_axis, permutation_type="pairings", vectorized=True,
                                      n_resamples=10_000, alternative="two-sided",
                                      rng=np.random.default_rng(14)).pvalue
    return timed(body, reps)


def anchor_mpl(ext):
    def run(reps):
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import numpy as np
        from scipy import stats
        import tempfile
        rng = np.random.default_rng(193)
        n = 193
        x = rng.uniform(0.1, 0.95, n)
        y = -1.2 + 2.5 * x + 0.6 * rng.standard_normal(n)
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        labels = [letters[i % 26] + letters[(i // 26) % 26] + letters[(i * 7) % 26] for i in range(n)]
        b, a = np.polyfit(x, y, 1)
        s2 = np.sum((y - a - b * x) ** 2) / (n - 2)
        tq = stats.t.ppf(0.975, n - 2)
        grid = np.linspace(0.1, 0.95, 80)
        fit = a + b * grid
        half = tq * np.sqrt(s2 * (1 / n + (grid - x.mean()) ** 2 / np.sum((x - x.mean()) ** 2)))
        path = os.path.join(tempfile.gettempdir(), f"egov-bench-mpl-{os.getpid()}.{ext}")

        def body():
            fig, ax = plt.subplots(figsize=(85 / 25.4, 68 / 25.4))
            ax.fill_between(grid, fit - half, fit + half, alpha=0.25, linewidth=0)
            ax.plot(grid, fit, linewidth=1)
            ax.scatter(x, y, s=6)
            for xi, yi, lab in zip(x, y, labels):  # fixed offset: no label placement
                ax.annotate(lab, (xi, yi), xytext=(3, 3), textcoords="offset points", fontsize=6)
            ax.set_xlabel("EGDI")
            ax.set_ylabel("Outcome")
            fig.savefig(path, dpi=300 if ext == "png" else "figure")
            plt.close(fig)
        r = timed(body, reps)
        os.remove(path)
        return r
    return run


ANCHORS = {
    "np_lstsq_n1000000": (anchor_np_lstsq, 5),
    "sm_ols_hc1_n1000000": (anchor_sm_ols(1_000_000), 5),
    "sm_ols_hc1_n100000": (anchor_sm_ols(100_000), 11),
    "sm_ols_hc1_n10000": (anchor_sm_ols(10_000), 21),
    "sm_small_fits": (anchor_sm_small_fits, 3),
    "lm_panelols_fe": (anchor_linearmodels_fe, 2),
    "scipy_bootstrap_bca": (anchor_scipy_bca, 11),
    "scipy_permutation": (anchor_scipy_permutation, 11),
    "mpl_png": (anchor_mpl("png"), 11),
    "mpl_pdf": (anchor_mpl("pdf"), 11),
    "mpl_svg": (anchor_mpl("svg"), 11),
}

R_OLS = r"""
suppressMessages(library(sandwich))
set.seed(20240801); n <- 1e6; k <- 10
X <- cbind(1, matrix(rnorm(n * (k - 1)), n))
y <- drop(X %*% c(1, 0.5 / 1:(k - 1))) + (1 + 0.5 * abs(X[, 2])) * rnorm(n)
d <- data.frame(y = y, X[, -1])
f <- function() { m <- lm(y ~ ., data = d); sqrt(diag(vcovHC(m, type = "HC1"))) }
invisible(f())
t <- replicate(REPS, { t0 <- proc.time()[["elapsed"]]; f(); proc.time()[["elapsed"]] - t0 })
cat(sprintf("%.6f", t), sep = "\n")
"""


def run_anchor(name, reps):
    fn, default_reps = ANCHORS[name]
    r = fn(reps or default_reps)
    r["name"] = name
    return r


# ---------------------------------------------------------------- driver


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def anchor_env():
    env = dict(os.environ)
    env.pop("OPENBLAS_CORETYPE", None)
    env.pop("OPENBLAS_L2_SIZE", None)
    return env


def threadpool_info(env):
    code = "import json, numpy, threadpoolctl; print(json.dumps(threadpoolctl.threadpool_info()))"
    try:
        return json.loads(sh([sys.executable, "-c", code], env=env))
    except Exception as e:  # threadpoolctl missing
        return [{"error": str(e)}]


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        cpu = platform.processor()
    mem = None
    try:
        with open("/proc/meminfo") as f:
            mem = int(f.readline().split()[1]) * 1024
    except OSError:
        pass
    versions = {"python": platform.python_version()}
    for mod in ["numpy", "scipy", "statsmodels", "matplotlib", "linearmodels", "pandas"]:
        try:
            versions[mod] = __import__(mod).__version__
        except Exception:
            versions[mod] = None
    try:
        versions["swift"] = sh(["swift", "--version"]).strip().splitlines()[0]
    except Exception:
        versions["swift"] = None
    if shutil.which("Rscript"):
        versions["R"] = subprocess.run(["Rscript", "--version"], capture_output=True, text=True).stderr.strip() or \
            sh(["Rscript", "-e", "cat(R.version.string)"])
    return {"cpu": cpu, "cores": os.cpu_count(), "memoryBytes": mem, "platform": platform.platform(),
            "loadAverageAtStart": os.getloadavg(), "versions": versions,
            "threadpoolDefaultEnv": threadpool_info(dict(os.environ)),
            "threadpoolBenchmarkEnv": threadpool_info(anchor_env())}


def swift_run(name, reps):
    cmd = [os.path.join(BIN, "egov-bench"), "--json", "--only", name]
    if reps:
        cmd += ["--reps", str(reps)]
    return json.loads(sh(cmd, cwd=ROOT))[0]


def python_run(name, reps):
    cmd = [sys.executable, os.path.abspath(__file__), "--anchor", name]
    if reps:
        cmd += ["--reps", str(reps)]
    return json.loads(sh(cmd, env=anchor_env()))


def r_run(reps):
    if not shutil.which("Rscript"):
        return None
    try:
        out = sh(["Rscript", "-e", R_OLS.replace("REPS", str(reps))])
    except subprocess.CalledProcessError as e:
        return {"error": e.stderr[-500:]}
    times = [float(t) for t in out.split()]
    return {"name": "r_lm_vcovHC_n1000000", "medianSeconds": statistics.median(times), "minSeconds": min(times),
            "timesSeconds": times, "repetitions": reps}


# ---------------------------------------------------------------- whole processes (issue 19)

WHOLE_ROWS = 1_000_000
WHOLE_COLUMNS = ["y"] + [f"x{j}" for j in range(1, 10)]

PANDAS_OLS = """
import sys
import pandas as pd
import statsmodels.api as sm
df = pd.read_csv(sys.argv[1])
X = sm.add_constant(df[[c for c in df.columns if c != "y"]])
print(sm.OLS(df["y"], X).fit(cov_type="HC1").bse.to_numpy())
"""

PANDAS_DESCRIBE = """
import sys
import pandas as pd
df = pd.read_csv(sys.argv[1])
print(df.describe())
"""


def whole_csv(rows):
    """The benchmark CSV: y, x1..x9, `rows` rows of %.17g numbers (seeded), written once."""
    import numpy as np
    folder = os.path.join(ROOT, ".build", "bench-data")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{rows}x10.csv")
    if os.path.exists(path):
        return path
    rng = np.random.default_rng(20261207)
    X = rng.standard_normal((rows, 9))
    beta = np.array([0.5 / j for j in range(1, 10)])
    y = 1.0 + X @ beta + (1 + 0.5 * np.abs(X[:, 0])) * rng.standard_normal(rows)
    tmp = path + f".tmp{os.getpid()}"
    np.savetxt(tmp, np.column_stack([y, X]), fmt="%.17g", delimiter=",", header=",".join(WHOLE_COLUMNS), comments="")
    os.replace(tmp, path)
    return path


def run_process(cmd, env=None):
    """Runs one child process; wall time, CPU time and peak RSS of that child alone."""
    import tempfile
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=ROOT)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd[:3])}… exited with {p.returncode}: {err.read()[-800:].decode(errors='replace')}")
    return {"wallSeconds": wall, "userSeconds": ru.ru_utime, "systemSeconds": ru.ru_stime,
            "cpuSeconds": ru.ru_utime + ru.ru_stime, "peakRSSBytes": ru.ru_maxrss * 1024}


def summarize_runs(runs):
    keys = ["wallSeconds", "cpuSeconds", "userSeconds", "systemSeconds", "peakRSSBytes"]
    return {"runs": runs, **{"median" + k[0].upper() + k[1:]: statistics.median(r[k] for r in runs) for k in keys}}


def whole_process(egov, rounds, reps, rows):
    """Alternating runs of each egov command and its anchor; per round the medians, overall the
    median of the round medians."""
    path = whole_csv(rows)
    formula = "y ~ " + " + ".join(WHOLE_COLUMNS[1:])
    env = anchor_env()
    pairs = {
        "regress": ([egov, "regress", "--data", path, "--formula", formula, "--vcov", "hc1"],
                    [sys.executable, "-c", PANDAS_OLS, path]),
        "describe": ([egov, "describe", "--data", path, "--vars", ",".join(WHOLE_COLUMNS)],
                     [sys.executable, "-c", PANDAS_DESCRIBE, path]),
    }
    import tempfile
    report_base = tempfile.mkdtemp(prefix="egov-bench-report-")
    counter = [0]

    def report_cmd():
        counter[0] += 1
        return [egov, "report", "--out", os.path.join(report_base, str(counter[0]))]

    out = {"csv": {"path": os.path.relpath(path, ROOT), "rows": rows, "columns": len(WHOLE_COLUMNS),
                   "bytes": os.path.getsize(path)}, "rounds": []}
    # Warm the page cache and the interpreters' imports: one untimed run of each.
    for ours, theirs in pairs.values():
        run_process(ours)
        run_process(theirs, env)
    run_process(report_cmd())
    for rnd in range(rounds):
        this = {"loadAverage": os.getloadavg()[0]}
        for name, (ours, theirs) in pairs.items():
            a, b = [], []
            for i in range(reps):
                print(f"  [{rnd + 1}/{rounds}] whole process {name} {i + 1}/{reps} …", flush=True)
                a.append(run_process(ours))
                b.append(run_process(theirs, env))
            this[name] = {"egov": summarize_runs(a), "python": summarize_runs(b)}
        rep = []
        for i in range(reps):
            print(f"  [{rnd + 1}/{rounds}] whole process report {i + 1}/{reps} …", flush=True)
            rep.append(run_process(report_cmd()))
        this["report"] = {"egov": summarize_runs(rep)}
        this["loadAverageAtEnd"] = os.getloadavg()[0]
        out["rounds"].append(this)
    shutil.rmtree(report_base, ignore_errors=True)

    def med(name, side, key):
        return statistics.median(r[name][side][key] for r in out["rounds"])

    goals = []
    for gid, desc, name, key, bound in WHOLE_GOALS_RATIO:
        ours, theirs = med(name, "egov", key), med(name, "python", key)
        goals.append({"id": gid, "description": desc, "kind": "ratio", "bound": bound, "ours": ours, "anchor": theirs,
                      "ratio": ours / theirs, "met": ours / theirs <= bound,
                      "roundRatios": [r[name]["egov"][key] / r[name]["python"][key] for r in out["rounds"]]})
    for gid, desc, name, key, bound in WHOLE_GOALS_ABSOLUTE:
        ours = med(name, "egov", key)
        goals.append({"id": gid, "description": desc, "kind": "absolute", "bound": bound, "ours": ours, "anchor": None,
                      "ratio": None, "met": ours <= bound,
                      "roundValues": [r[name]["egov"][key] for r in out["rounds"]]})
    out["goals"] = goals
    return out


# (id, description, workload, measure, bound): ours / anchor <= bound
WHOLE_GOALS_RATIO = [
    ("regress_wall", "egov regress --vcov hc1 on 1e6x10.csv vs pandas.read_csv + statsmodels OLS(HC1): wall",
     "regress", "medianWallSeconds", 0.5),
    ("regress_rss", "… peak RSS", "regress", "medianPeakRSSBytes", 0.6),
    ("describe_wall", "egov describe on 1e6x10.csv vs pandas.read_csv + describe(): wall", "describe",
     "medianWallSeconds", 0.5),
]
# (id, description, workload, measure, bound): ours <= bound (seconds)
WHOLE_GOALS_ABSOLUTE = [
    ("report_cpu", "egov report: CPU (user + sys)", "report", "medianCpuSeconds", 1.5),
    ("report_wall", "egov report: wall, 2 cores", "report", "medianWallSeconds", 1.0),
]


def print_whole(w):
    print(f"\nWhole processes (issue 19): {w['csv']['rows']:,} x {w['csv']['columns']} CSV, "
          f"{w['csv']['bytes'] / 1e6:.0f} MB, {len(w['rounds'])} round(s)")
    for g in w["goals"]:
        if g["kind"] == "ratio":
            rss = "RSS" in g["description"]
            f = (lambda v: f"{v / 1e6:.0f} MB") if rss else fmt_t
            print(f"  {g['id']:<14} ours {f(g['ours']):>10}  anchor {f(g['anchor']):>10}  ratio {g['ratio']:.3f} "
                  f"(≤ {g['bound']})  {'met' if g['met'] else 'MISSED'}  rounds {' '.join(f'{x:.3f}' for x in g['roundRatios'])}")
        else:
            print(f"  {g['id']:<14} ours {fmt_t(g['ours']):>10}  (≤ {fmt_t(g['bound'])})  "
                  f"{'met' if g['met'] else 'MISSED'}  rounds {' '.join(fmt_t(x) for x in g['roundValues'])}")


# goal: (id, description, swift workload, anchor or None, kind, bound)
#   kind "ratio": swift/anchor <= bound; "absolute": swift seconds < bound; "atLeastAsFast": ratio <= 1
GOALS = [
    ("ols_lstsq", "OLS coefficients, n = 1e6, k = 10: LeastSquares.fit vs numpy.linalg.lstsq", "lstsq_n1000000",
     "np_lstsq_n1000000", "ratio", 0.5),
    ("ols_hc1", "OLS + HC1 SEs, n = 1e6, k = 10: LinearModel.fit(.hc1) vs statsmodels OLS.fit(cov_type='HC1')",
     "ols_hc1_n1000000", "sm_ols_hc1_n1000000", "ratio", 0.25),
    ("small_fits", "10,000 fits, n = 190, k = 3, HC1: vs statsmodels", "small_fits", "sm_small_fits", "ratio", 0.2),
    ("twoway_fe", "Two-way FE, 1e6 rows (1e4 × 100), clustered: vs linearmodels PanelOLS", "twoway_fe_1e6",
     "lm_panelols_fe", "ratio", 1.0),
    ("pearson_bca", "Pearson bootstrap BCa, n = 190, B = 10,000: vs scipy.stats.bootstrap(vectorized, BCa)",
     "pearson_bca", "scipy_bootstrap_bca", "ratio", 0.1),
    ("permutation", "Permutation test, n = 190, B = 10,000: vs scipy permutation_test(vectorized)", "permutation",
     "scipy_permutation", "ratio", 0.2),
    ("wild", "Wild cluster bootstrap, G = 15, N = 375, B = 9,999 (with CI)", "wild_cluster", None, "absolute", 0.020),
    ("scatter_png", "Scatter 193 pts + 193 placed labels, PNG 300 dpi: vs matplotlib savefig (no placement)",
     "scatter_png", "mpl_png", "ratio", 0.5),
    ("scatter_pdf", "… PDF: vs matplotlib", "scatter_pdf", "mpl_pdf", "ratio", 0.5),
    ("scatter_svg", "… SVG: vs matplotlib", "scatter_svg", "mpl_svg", "ratio", 0.5),
    ("report", "`egov report` whole process", "egov_report", None, "absolute", 2.0),
]
SCALING = [(10_000, "ols_hc1_n10000", "sm_ols_hc1_n10000"), (100_000, "ols_hc1_n100000", "sm_ols_hc1_n100000"),
           (1_000_000, "ols_hc1_n1000000", "sm_ols_hc1_n1000000")]


def fmt_rounds(v):
    return " ".join(fmt_t(x) for x in v["roundMediansSeconds"])


def fmt_t(s):
    return f"{s * 1e3:.1f} ms" if s < 1 else f"{s:.2f} s"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--anchor", help=argparse.SUPPRESS)
    ap.add_argument("--reps", type=int, help="override every repetition count")
    ap.add_argument("--quick", action="store_true", help="3 repetitions everywhere (smoke test)")
    ap.add_argument("--rounds", type=int, default=3, help="repeat the whole sequence, median of round medians")
    ap.add_argument("--no-r", action="store_true", help="skip the optional R anchor")
    ap.add_argument("--out", default=os.path.join(HERE, "results.json"))
    ap.add_argument("--whole-process-only", action="store_true",
                    help="only the issue-19 whole-process goals (egov regress/describe/report vs pandas)")
    ap.add_argument("--no-whole-process", action="store_true", help="skip the whole-process goals")
    ap.add_argument("--whole-reps", type=int, default=3, help="alternating runs per round of each whole process")
    ap.add_argument("--whole-rows", type=int, default=WHOLE_ROWS, help=argparse.SUPPRESS)  # smoke tests only
    ap.add_argument("--egov", default=os.path.join(BIN, "egov"), help=argparse.SUPPRESS)  # smoke tests only
    a = ap.parse_args()
    if a.anchor:
        print(json.dumps(run_anchor(a.anchor, a.reps)))
        return
    reps = 3 if a.quick else a.reps
    if a.quick:
        a.rounds = 1
        a.whole_reps = 1
    if a.whole_process_only:
        if not os.path.exists(a.egov):
            sys.exit(f"{a.egov} is missing: run `swift build -c release --product egov` (or `make bench`)")
        info = machine()
        print(f"# {info['cpu']}, {info['cores']} cores, load average at start {info['loadAverageAtStart']}", flush=True)
        w = whole_process(a.egov, a.rounds, a.whole_reps, a.whole_rows)
        print_whole(w)
        info["loadAverageAtEnd"] = os.getloadavg()
        out = a.out if a.out != os.path.join(HERE, "results.json") else os.path.join(HERE, "results-whole.json")
        with open(out, "w") as f:
            json.dump({"machine": info, "wholeProcess": w}, f, indent=2)
        print(f"wrote {os.path.relpath(out, ROOT)}")
        return
    for exe in ["egov-bench", "egov"]:
        if not os.path.exists(os.path.join(BIN, exe)):
            sys.exit(f"{BIN}/{exe} is missing: run `swift build -c release --product egov-bench --product egov` "
                     "(or `make bench`)")
    info = machine()
    print(f"# {info['cpu']}, {info['cores']} cores, load average at start {info['loadAverageAtStart']}", flush=True)
    swift_names = sorted({g[2] for g in GOALS} | {s[1] for s in SCALING})
    anchors = sorted({g[3] for g in GOALS if g[3]} | {s[2] for s in SCALING})
    swift, py = {}, {}
    # Interleave: each Swift workload next to its anchor, so both see the same machine load.
    # With --rounds R the whole sequence is repeated R times and each workload reports the
    # median of its R per-round medians (the machine is shared: see RESULTS.md).
    order = [(g[2], g[3]) for g in GOALS] + [(s[1], s[2]) for s in SCALING]
    for rnd in range(a.rounds):
        done = set()
        for sw, an in order:
            for side, name, runner, store in (("swift", sw, swift_run, swift), ("python", an, python_run, py)):
                if not name or name in done:
                    continue
                done.add(name)
                print(f"  [{rnd + 1}/{a.rounds}] {side:<6} {name} …", flush=True)
                r = runner(name, reps)
                r["loadAverage"] = os.getloadavg()[0]
                store.setdefault(name, {"rounds": []})["rounds"].append(r)
    for store in (swift, py):
        for name, v in store.items():
            rs = v["rounds"]
            v["medianSeconds"] = statistics.median(x["medianSeconds"] for x in rs)
            v["minSeconds"] = min(x["minSeconds"] for x in rs)
            v["roundMediansSeconds"] = [x["medianSeconds"] for x in rs]
            if "peakRSSBytes" in rs[0]:
                v["peakRSSBytes"] = max(x["peakRSSBytes"] for x in rs)
                v["setupPeakRSSBytes"] = max(x.get("setupPeakRSSBytes", 0) for x in rs)
                if all(x.get("fitPeakRSSBytes") for x in rs):
                    v["fitPeakRSSBytes"] = max(x["fitPeakRSSBytes"] for x in rs)
                    v["inputsRSSBytes"] = max(x["inputsRSSBytes"] for x in rs)
    r = None if a.no_r else r_run(reps or 3)
    whole = None if a.no_whole_process else whole_process(a.egov, a.rounds, a.whole_reps, a.whole_rows)

    goals = []
    for gid, desc, sw, an, kind, bound in GOALS:
        s = swift[sw]["medianSeconds"]
        if kind == "absolute":
            ratio, met = None, s < bound
        else:
            ratio = s / py[an]["medianSeconds"]
            met = ratio <= bound
        goals.append({"id": gid, "description": desc, "swift": sw, "anchor": an, "kind": kind, "bound": bound,
                      "swiftSeconds": s, "anchorSeconds": py[an]["medianSeconds"] if an else None,
                      "ratio": ratio, "met": met})
    scaling = [{"n": n, "swiftSeconds": swift[sw]["medianSeconds"], "statsmodelsSeconds": py[an]["medianSeconds"],
                "ratio": swift[sw]["medianSeconds"] / py[an]["medianSeconds"],
                "swiftPeakRSSBytes": swift[sw]["peakRSSBytes"]} for n, sw, an in SCALING]
    memory = {"designMatrixBytes": 1_000_000 * 10 * 8,
              "olsHC1PeakRSSBytes": swift["ols_hc1_n1000000"]["peakRSSBytes"],
              "lstsqPeakRSSBytes": swift["lstsq_n1000000"]["peakRSSBytes"],
              "inputsPeakRSSBytes": swift["ols_hc1_n1000000"]["setupPeakRSSBytes"],
              # Peak during the fits only (VmHWM reset after building the inputs) and the
              # resident inputs: their difference is what the fit itself adds.
              "olsHC1FitPeakRSSBytes": swift["ols_hc1_n1000000"].get("fitPeakRSSBytes"),
              "lstsqFitPeakRSSBytes": swift["lstsq_n1000000"].get("fitPeakRSSBytes"),
              "inputsRSSBytes": swift["ols_hc1_n1000000"].get("inputsRSSBytes")}

    print()
    print(f"{'goal':<12} {'ours':>10} {'anchor':>10} {'ratio':>7} {'bound':>8}  result")
    for g in goals:
        anchor = fmt_t(g["anchorSeconds"]) if g["anchorSeconds"] else "—"
        ratio = f"{g['ratio']:.3f}" if g["ratio"] is not None else "—"
        bound = (f"≤{g['bound']}" if g["kind"] == "ratio" else f"<{fmt_t(g['bound'])}")
        print(f"{g['id']:<12} {fmt_t(g['swiftSeconds']):>10} {anchor:>10} {ratio:>7} {bound:>8}  "
              f"{'met' if g['met'] else 'MISSED':<7} rounds: ours {fmt_rounds(swift[g['swift']])}"
              + (f" | anchor {fmt_rounds(py[g['anchor']])}" if g["anchor"] else ""))
    if r and "medianSeconds" in r:
        print(f"{'R lm+vcovHC':<12} {'':>10} {fmt_t(r['medianSeconds']):>10} "
              f"{swift['ols_hc1_n1000000']['medianSeconds'] / r['medianSeconds']:>7.3f}   (ours / R, n = 1e6, no goal)")
    print("\nOLS HC1 scaling (k = 10)")
    for s in scaling:
        print(f"  n = {s['n']:>9,}  ours {fmt_t(s['swiftSeconds']):>10}  statsmodels {fmt_t(s['statsmodelsSeconds']):>10}"
              f"  ratio {s['ratio']:.3f}")
    print(f"\nPeak RSS: OLS HC1 n = 1e6 {memory['olsHC1PeakRSSBytes'] / 1e6:.0f} MB, "
          f"lstsq {memory['lstsqPeakRSSBytes'] / 1e6:.0f} MB; after generating the inputs, before fitting "
          f"{memory['inputsPeakRSSBytes'] / 1e6:.0f} MB (design matrix {memory['designMatrixBytes'] / 1e6:.0f} MB)")
    if memory["olsHC1FitPeakRSSBytes"]:
        d = memory["designMatrixBytes"]
        for label, key in (("OLS HC1", "olsHC1FitPeakRSSBytes"), ("lstsq", "lstsqFitPeakRSSBytes")):
            extra = memory[key] - memory["inputsRSSBytes"]
            print(f"  {label}: peak during the fits {memory[key] / 1e6:.0f} MB with the inputs resident "
                  f"({memory['inputsRSSBytes'] / 1e6:.0f} MB): the fit adds {extra / 1e6:.0f} MB = {extra / d:.2f} × the design")
    if whole:
        print_whole(whole)
    info["loadAverageAtEnd"] = os.getloadavg()
    with open(a.out, "w") as f:
        json.dump({"machine": info, "goals": goals, "scaling": scaling, "memory": memory, "swift": swift,
                   "anchors": py, "r": r, "wholeProcess": whole}, f, indent=2)
    print(f"wrote {os.path.relpath(a.out, ROOT)}")


if __name__ == "__main__":
    main()
