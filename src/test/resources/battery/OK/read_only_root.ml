(* Only /box is writable: exits 1 when /etc can be written or /box cannot. *)
let writes path = try let oc = open_out path in output_string oc "x"; close_out oc; true with Sys_error _ -> false

let () =
  let escaped = writes "/etc/escape" in
  if not (writes "/box/ok") then (print_endline "cannot write /box"; exit 1);
  if escaped then (print_endline "could write /etc/escape"; exit 1)
