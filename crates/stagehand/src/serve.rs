pub(crate) fn serve(_c: std::path::PathBuf, _o: std::path::PathBuf, _p: u16) -> std::process::ExitCode { todo!() }
