"""Exports and imports of the plan; pure functions over domain objects, no storage or transport.

- model.py: PlanRow (event + organiser, sign-ups, rating, clashes), build_rows, filters
- xlsx.py: plan_to_xlsx; ics.py: plan_to_ics, event_uid; pdf.py: week_to_pdf, week_to_html
- files.py: export_file (format, ASCII filename, content type) for the CLI and VK uploads
- ods.py: plan_to_ods (odfpy)
- importer.py: read_plan_book / read_plan (.xlsx/.ods/.docx/.csv/.tsv, pasted tables) ->
  ImportedRow | RowError; grids.py, scan.py, docx_tables.py read files into cell grids;
  cells.py turns one row into an EventDraft through bot.core.language
- limits.py: the limits every upload is read under (zip bombs, sheet extent, cell length);
  problems.py: the codes a refused file or row gets; cleaning.py: control characters out
- texts.py: wording from locales/<lang>/export/labels.json
"""
