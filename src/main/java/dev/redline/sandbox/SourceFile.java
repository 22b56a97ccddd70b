package dev.redline.sandbox;

/** A file put into a box before anything runs: the candidate's source, a header, a data file. */
public record SourceFile(String name, byte[] content) {

    public SourceFile {
        if (name == null || !BoxProtocol.FILE_NAME.matcher(name).matches()) {
            throw new SandboxException.BadRequest("file name '" + name
                    + "' is not allowed: use letters, digits, '.', '_' and '-', no path");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    int size() {
        return content.length;
    }
}
