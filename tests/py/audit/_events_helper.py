print("_events_helper runs")
