      * A COBOL submission: problemtools knows the language, Redline has no image for it, so verify
      * lists it as skipped instead of failing the package.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DIFFERENT.
       PROCEDURE DIVISION.
           STOP RUN.
