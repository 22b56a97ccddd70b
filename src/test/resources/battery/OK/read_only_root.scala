// Only /box is writable: exits 1 when /etc can be written or /box cannot.
import java.nio.file.{Files, Paths}

object Walls {
  def main(args: Array[String]): Unit = {
    val escaped = try { Files.write(Paths.get("/etc/escape"), "x".getBytes); true } catch { case _: Exception => false }
    Files.write(Paths.get("/box/ok"), "x".getBytes)
    if (escaped) { println("could write /etc/escape"); sys.exit(1) }
  }
}
