// Only /box is writable: exits 1 when /etc can be written or /box cannot.
fn main() {
    let escaped = std::fs::write("/etc/escape", "x").is_ok();
    std::fs::write("/box/ok", "x").expect("/box is writable");
    if escaped {
        println!("could write /etc/escape");
        std::process::exit(1);
    }
}
