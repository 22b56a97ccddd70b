// Only /box is writable: exits 1 when /etc can be written or /box cannot.
import java.io.File
import kotlin.system.exitProcess

fun main() {
    val escaped = try { File("/etc/escape").writeText("x"); true } catch (e: Exception) { false }
    File("/box/ok").writeText("x")
    if (escaped) { println("could write /etc/escape"); exitProcess(1) }
}
