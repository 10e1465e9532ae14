print("mpkg.boom runs")
raise RuntimeError("boom from -m")
