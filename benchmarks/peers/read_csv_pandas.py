#!/usr/bin/env python3
"""Times pandas.read_csv on one file and prints one JSON line: rows, columns, read seconds.

  read_csv_pandas.py FILE
"""
import json
import sys
import time

import pandas as pd

t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1])
print(json.dumps({"rows": len(df), "cols": df.shape[1], "read_s": round(time.perf_counter() - t0, 3)}))
