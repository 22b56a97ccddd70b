package dev.redline.text;

import org.commonmark.node.CustomNode;

/** TeX between {@code $...$} (inline) or {@code $$...$$} (display), kept verbatim for the typesetter. */
final class MathSpan extends CustomNode {

    final String tex;
    final boolean display;

    MathSpan(String tex, boolean display) {
        this.tex = tex;
        this.display = display;
    }
}
