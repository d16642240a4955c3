"""Chart builders: each function returns a ``matplotlib.figure.Figure`` (no pyplot, no Qt).

The same function serves the app (wrapped by ``ui/chart_canvas.py``) and the PDFs
(rendered to SVG by ``reports/``). Charts must read in greyscale: use :data:`GREYS` and
:data:`HATCHES` beside colour, and label series in words.
"""
