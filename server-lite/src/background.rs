//! Running the server on its own thread and runtime, for tests and tools that
//! are not async themselves.

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::thread::JoinHandle;

use tokio::sync::oneshot;

/// Starts serving `root` on a background thread with its own tokio runtime,
/// bound to `127.0.0.1:port` (`0` picks a free port). Returns the bound address
/// and a handle; dropping the handle stops the server and joins the thread.
pub fn spawn_background(root: PathBuf, port: u16) -> io::Result<(SocketAddr, ServerHandle)> {
    let listener = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, port))?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name(format!("dx-server-lite {addr}"))
        .spawn(move || {
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener)?;
                tokio::select! {
                    result = crate::serve(listener, root) => result,
                    // A send or a dropped sender both mean "stop".
                    _ = stopped => Ok(()),
                }
            })
            // Dropping the runtime here cancels the open connections' tasks.
        })?;
    Ok((
        addr,
        ServerHandle {
            stop: Some(stop),
            thread: Some(thread),
        },
    ))
}

/// Keeps a [`spawn_background`] server running; dropping it stops the server.
#[derive(Debug)]
pub struct ServerHandle {
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<io::Result<()>>>,
}

impl ServerHandle {
    /// Stops the server and waits for its thread, returning how serving ended.
    pub fn stop(mut self) -> io::Result<()> {
        self.shutdown()
    }

    fn shutdown(&mut self) -> io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.thread.take().map(JoinHandle::join) {
            None => Ok(()),
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(io::Error::other("dx-server-lite thread panicked")),
        }
    }
}

impl Drop for ServerHandle {
    fn drop(&mut self) {
        let _ = self.shutdown();
    }
}
