package dev.redline.assessments;

import java.util.Map;

/**
 * What the editor shows for a language before the candidate writes anything, when the exercise has
 * no starter code of its own, and the names languages are shown by. Pure code.
 */
final class StarterCode {

    private static final Map<String, String> NAMES = Map.of("python3", "Python 3", "java", "Java 21", "c", "C",
            "cpp", "C++", "javascript", "JavaScript (Node.js)", "go", "Go");

    // Java must be `public class Main`: the sandbox compiles Main.java (see README, Languages).
    private static final Map<String, String> SKELETONS = Map.of(
            "python3", "import sys\n\n\ndef main():\n    data = sys.stdin.read().split()\n\n\nmain()\n",
            "java", "import java.io.*;\nimport java.util.*;\n\npublic class Main {\n    public static void main(String[] args)"
                    + " throws IOException {\n        BufferedReader in = new BufferedReader(new InputStreamReader("
                    + "System.in));\n    }\n}\n",
            "c", "#include <stdio.h>\n\nint main(void) {\n    return 0;\n}\n",
            "cpp", "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(false);\n"
                    + "    cin.tie(nullptr);\n    return 0;\n}\n",
            "javascript", "const lines = require('fs').readFileSync(0, 'utf8').split('\\n');\n",
            "go", "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tin := bufio.NewReader(os.Stdin)\n"
                    + "\t_ = in\n\tfmt.Print(\"\")\n}\n");

    private StarterCode() {
    }

    static String name(String language) {
        return NAMES.getOrDefault(language, language);
    }

    static String skeleton(String language) {
        return SKELETONS.getOrDefault(language, "");
    }
}
