"""Letters in the GUI: a case's letters (preview, print, save, mark as sent) and the PDF
viewer they share with the Letters screen."""
