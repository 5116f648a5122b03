"""enquete: turn reporting on the surveillance trade into an evidence graph with provenance."""

__version__ = "0.1.0"
