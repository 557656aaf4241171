#!/usr/bin/env python3
"""Writes the LOF fixture used by LofSklearnAgreementTest: training rows, scored rows and
scikit-learn's novelty LOF scores (negated score_samples, so higher = more anomalous).

Regenerate from the repository root with:
  /usr/bin/python3 ad-models/src/test/resources/io/iotad/models/lof/make_lof_fixture.py \
      ad-models/src/test/resources/io/iotad/models/lof
"""
import sys
import numpy as np
from sklearn.neighbors import LocalOutlierFactor

out = sys.argv[1]
rng = np.random.default_rng(20240601)
a = rng.normal([0, 0, 0], [1.0, 0.5, 2.0], size=(70, 3))
b = rng.normal([6, 6, -3], [0.3, 0.3, 0.3], size=(25, 3))
dup = np.tile([[2.5, -1.0, 4.0]], (7, 1))  # more copies than k=5: densities hit sklearn's 1e-10 guard
train = np.vstack([a, b, dup])
test = np.vstack([rng.normal([0, 0, 0], [1.0, 0.5, 2.0], size=(15, 3)),
                  rng.uniform(-10, 10, size=(10, 3)), dup[:2], train[:3]])
cols = {}
for k in (5, 20):
    m = LocalOutlierFactor(n_neighbors=k, novelty=True, algorithm="kd_tree").fit(train)  # kd_tree: exact differences, unlike brute's dot-product expansion
    cols[k] = -m.score_samples(test)
np.savetxt(f"{out}/lof_train.csv", train, delimiter=",", header="x0,x1,x2", comments="", fmt="%.17g")
np.savetxt(f"{out}/lof_score.csv", np.column_stack([test, cols[5], cols[20]]), delimiter=",",
           header="x0,x1,x2,expected_k5,expected_k20", comments="", fmt="%.17g")
