//! The chromedriver process: finding the binaries, starting it on a free port,
//! waiting until it is ready, and killing it (and any browser it left) on drop.

use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::error::{BrowserError, Result, io_error};
use super::wire::Wire;
use crate::http;

/// How long one chromedriver start may take to answer `/status` with `ready`.
const READY_TIMEOUT: Duration = Duration::from_secs(15);
/// Starts attempted when chromedriver exits early (e.g. its port was taken).
const START_ATTEMPTS: usize = 3;
const POLL: Duration = Duration::from_millis(50);

/// `$var` if set, else `default`; an error naming both if no file is there.
pub fn find_program(
    program: &'static str,
    env_var: &'static str,
    default: &str,
) -> Result<PathBuf> {
    let path = std::env::var_os(env_var).map_or_else(|| PathBuf::from(default), PathBuf::from);
    if path.is_file() {
        Ok(path)
    } else {
        Err(BrowserError::NotInstalled {
            program,
            path,
            env_var,
        })
    }
}

/// A running chromedriver, in its own process group so that the browsers it
/// starts can be killed with it.
#[derive(Debug)]
pub struct Chromedriver {
    child: Child,
    /// Set once `child` was reaped: its pid, and so its group id, may be reused.
    reaped: bool,
    /// Where it listens on 127.0.0.1.
    pub port: u16,
    log: PathBuf,
}

impl Chromedriver {
    /// Starts `program` on a free port, writing its output to `log`, and waits
    /// until it is ready. A start whose process exits early is retried on a new port.
    pub fn start(program: &Path, log: &Path) -> Result<Chromedriver> {
        let mut last_failure = String::new();
        for _ in 0..START_ATTEMPTS {
            let port = http::try_free_port().map_err(io_error("finding a free port"))?;
            let output = File::options()
                .create(true)
                .append(true)
                .open(log)
                .map_err(io_error(format!("opening {}", log.display())))?;
            let stderr = output
                .try_clone()
                .map_err(io_error("duplicating the log file"))?;
            let child = Command::new(program)
                .arg(format!("--port={port}"))
                .stdin(Stdio::null())
                .stdout(output)
                .stderr(stderr)
                .process_group(0)
                .spawn()
                .map_err(io_error(format!("starting {}", program.display())))?;
            let mut driver = Chromedriver {
                child,
                reaped: false,
                port,
                log: log.to_owned(),
            };
            match driver.wait_ready()? {
                Ready::Yes => return Ok(driver),
                Ready::Exited(status) => last_failure = format!("chromedriver exited ({status})"),
                Ready::TimedOut => {
                    return Err(driver.startup_error(format!(
                        "chromedriver on port {port} not ready after {}s",
                        READY_TIMEOUT.as_secs()
                    )));
                }
            }
        }
        Err(BrowserError::Startup {
            detail: format!("{last_failure}, {START_ATTEMPTS} attempts"),
            log_tail: log_tail(log),
        })
    }

    /// The wire to this chromedriver.
    pub fn wire(&self) -> Wire {
        Wire::new(self.port)
    }

    /// A [`BrowserError::Startup`] with the end of this chromedriver's log.
    pub fn startup_error(&self, detail: String) -> BrowserError {
        BrowserError::Startup {
            detail,
            log_tail: log_tail(&self.log),
        }
    }

    fn wait_ready(&mut self) -> Result<Ready> {
        let deadline = Instant::now() + READY_TIMEOUT;
        let status_url = format!("http://127.0.0.1:{}/status", self.port);
        while Instant::now() < deadline {
            if let Some(status) = self
                .child
                .try_wait()
                .map_err(io_error("checking on chromedriver"))?
            {
                self.reaped = true;
                return Ok(Ready::Exited(status.to_string()));
            }
            if let Ok(response) = http::send("GET", &status_url, &[], &[], Duration::from_secs(2)) {
                let ready = serde_json::from_slice::<serde_json::Value>(&response.body)
                    .ok()
                    .and_then(|reply| {
                        reply
                            .pointer("/value/ready")
                            .and_then(serde_json::Value::as_bool)
                    });
                if ready == Some(true) {
                    return Ok(Ready::Yes);
                }
            }
            std::thread::sleep(POLL);
        }
        Ok(Ready::TimedOut)
    }
}

enum Ready {
    Yes,
    Exited(String),
    TimedOut,
}

impl Drop for Chromedriver {
    /// Kills chromedriver's whole process group (it and any browser still
    /// running), then reaps chromedriver.
    fn drop(&mut self) {
        if self.reaped {
            return;
        }
        kill_process_group(self.child.id());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn kill_process_group(leader: u32) {
    unsafe extern "C" {
        fn kill(pid: i32, signal: i32) -> i32;
    }
    const SIGKILL: i32 = 9;
    let Ok(leader) = i32::try_from(leader) else {
        return;
    };
    // SAFETY: kill(2) takes plain integers and touches no memory of ours; the
    // negative pid names the group chromedriver leads (see `process_group(0)`).
    // The group stays ours while its unreaped leader exists.
    unsafe {
        kill(-leader, SIGKILL);
    }
}

/// The last ~40 lines of the chromedriver log, for error messages.
fn log_tail(log: &Path) -> String {
    let text = std::fs::read(log).map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
    let text = text.unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}
