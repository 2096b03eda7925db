"""Exports and imports of the plan; pure functions over domain objects, no storage or transport.

- model.py: PlanRow (event + organiser, sign-ups, rating, clashes), build_rows, filters
- xlsx.py: plan_to_xlsx; ics.py: plan_to_ics, event_uid; pdf.py: week_to_pdf, week_to_html
- files.py: export_file (format, ASCII filename, content type) for the CLI and VK uploads
- importer.py: read_plan (.xlsx/.csv) -> ImportedRow | RowError; ImportFileError
- texts.py: wording from locales/<lang>/export/labels.json
"""
