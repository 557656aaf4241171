#!/usr/bin/env python3
"""scikit-learn peers of lr_residual and lr_lof (defaults: global OLS of daily_energy_kwh on
avg_temp_diff and avg_outdoor_temp_c, residual / regression standard error; LOF k=20 novelty on the
standardised [residual, drivers]). Prints one JSON line per peer with its ROC-AUC on the score file.

usage: lr_peer.py TRAIN.csv SCORE.csv
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.neighbors import LocalOutlierFactor
from sklearn.preprocessing import StandardScaler

tr, sc = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
X = ["avg_temp_diff", "avg_outdoor_temp_c"]
lr = LinearRegression().fit(tr[X], tr.daily_energy_kwh)
se = np.sqrt(((tr.daily_energy_kwh - lr.predict(tr[X])) ** 2).sum() / (len(tr) - len(X) - 1))


def stage(df):
    return np.column_stack([(df.daily_energy_kwh - lr.predict(df[X])) / se, df[X].values])


scaler = StandardScaler().fit(stage(tr))
lof = LocalOutlierFactor(n_neighbors=20, novelty=True).fit(scaler.transform(stage(tr)))
for algo, score in (("sklearn_lr_residual", stage(sc)[:, 0]),
                    ("sklearn_lr_lof", -lof.score_samples(scaler.transform(stage(sc))))):
    print(json.dumps({"algo": algo, "roc_auc": round(roc_auc_score(sc.label, score), 4),
                      "average_precision": round(average_precision_score(sc.label, score), 4)}))
