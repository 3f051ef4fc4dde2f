"""The PSPs' split-settlement (تسهیم) formats, the adapter that sends a file and its simulator."""
