#!/usr/bin/env python3
"""A straightforward vectorised numpy reference of Entente's scenario simulation (the same model
as org.entente.scenarios.Simulation: draw a joint driver state and onset years per run, then
move the eight scores toward their targets with inertia and a normal shock each year, and
classify each simulated year with the spectrum's band rules). Used by bench/scenarios.sh to
compare speed with the Java implementation on the same inputs.

usage: scenarios_numpy.py MODEL.json RUNS REPEATS"""
import json
import sys
import time

import numpy as np


def simulate(m, runs, rng):
    start = np.array([np.nan if v is None else v for v in m["start"]])
    effects = m["effects"]  # ragged: [variable][state][8]
    nvars = len(effects)
    width = max(len(e) for e in effects)
    eff = np.zeros((nvars, width, 8))
    for v, e in enumerate(effects):
        eff[v, :len(e), :] = np.array(e)
    years, inertia, shock = m["years"], m["inertia"], m["shock"]
    weights = np.array(m["weights"])
    supported = np.array(m["supported"])
    b = m["bands"]
    cum = np.cumsum(m["joint"])
    idx = np.minimum(np.searchsorted(cum, rng.random(runs) * cum[-1]), len(cum) - 1)
    states = np.array(m["jointStates"])[idx]                       # runs x vars
    # a change sets in by the case's horizon, however many years are simulated
    onset_years = m.get("onsetYears", years)
    onset = np.where(states == 0, 0, rng.integers(0, onset_years, size=states.shape))
    x = np.tile(start, (runs, 1))
    counts = np.zeros((years, 5), dtype=np.int64)
    var_index = np.arange(nvars)
    for y in range(years):
        active = np.where(y >= onset, states, 0)                   # runs x vars
        target = start + eff[var_index, active, :].sum(axis=1)     # runs x 8
        x = x + (1 - inertia) * (target - x) + shock * rng.standard_normal((runs, 8))
        x = np.clip(x, 0, 100)                                      # NaN (hedging not measured) stays NaN
        overall = (1 - m["share"]) * (x[:, :6] @ weights) / weights.sum() + m["share"] * x[:, 6]
        overall = np.maximum(overall, m["floor"])
        breadth = ((x[:, :6] >= m["breadthAt"]) & supported).sum(axis=1)
        hedging_ok = np.isnan(x[:, 7]) | (x[:, 7] <= b["alignment_hedging_max"])
        band = np.full(runs, 1)                                     # transactional
        band[(overall >= b["st_overall"]) & (breadth >= b["st_breadth"])] = 2
        band[(overall >= b["alignment_overall"]) & (breadth >= b["alignment_breadth"])
             & (x[:, 6] >= b["alignment_commitment"]) & hedging_ok] = 3
        if m["defence"]:
            band[(x[:, 6] >= b["alliance_commitment"]) & (overall >= b["alliance_overall"])] = 4
        band[overall < b["adversarial_below"]] = 0
        counts[y] = np.bincount(band, minlength=5)
    return counts


def main():
    m = json.load(open(sys.argv[1]))
    runs, repeats = int(sys.argv[2]), int(sys.argv[3])
    rng = np.random.default_rng(42)
    simulate(m, runs, rng)  # warm-up
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        counts = simulate(m, runs, rng)
        best = min(best, time.perf_counter() - t0)
    py = runs * m["years"]
    print("numpy %s: %d runs x %d years in %.1f ms (best of %d): %.2f million partnership-years/s; "
          "last year bands %s" % (np.__version__, runs, m["years"], best * 1e3, repeats, py / best / 1e6,
                                   (counts[-1] / runs).round(3).tolist()))


if __name__ == "__main__":
    main()
