"""Requests that arrive by e-mail: reading ``.eml``, Outlook ``.msg`` and ``mbox`` files
into plain facts (issue 17). Nothing here touches the store or renders anything: HTML is
turned into text, names and file names are cleaned, every limit is checked before the
bytes are trusted."""
