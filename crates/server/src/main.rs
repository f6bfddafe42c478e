//! `plenary-server`: run a forum server and administer its forums from the command line.

use anyhow::{Context, Result, bail};
use clap::{CommandFactory, Parser, Subcommand};
use plenary_proto::{ForumId, Role, Statement};
use plenary_server::storage::{SqliteStorage, Storage};
use plenary_server::{Limits, app, now_ms, serve};
use std::path::PathBuf;
use std::sync::Arc;

/// Plenary's forum server.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    /// The server's data directory (its key, forum store and invites).
    #[arg(long, global = true, env = "PLENARY_SERVER_DATA", default_value = "/var/lib/plenary-server")]
    data: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve forums over HTTP until stopped (Ctrl-C or SIGTERM).
    Serve {
        /// The address to listen on, such as 127.0.0.1:8080 or [::]:8080.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
    },
    /// Manage forums.
    Forum {
        #[command(subcommand)]
        command: ForumCommand,
    },
    /// Make an invite code: whoever joins with it gets the role.
    Invite {
        /// The forum's id (see `forum list`).
        #[arg(long)]
        forum: ForumId,
        /// organizer, delegate, civil_society, translator or observer.
        #[arg(long)]
        role: Role,
        /// How many devices may join with it.
        #[arg(long, default_value_t = 1)]
        uses: u32,
    },
    /// Export a forum's consolidated statement for publication (authors shown only as they
    /// consented for each contribution).
    Export {
        /// The forum's id (see `forum list`).
        #[arg(long)]
        forum: ForumId,
        /// The language to export in: one of the forum's languages.
        #[arg(long)]
        language: String,
        /// markdown, html, docx or json.
        #[arg(long, default_value = "html")]
        format: String,
        /// Annexes to add: positions, decisions, comments, all or none (comma-separated).
        #[arg(long, default_value = "none")]
        annexes: String,
        /// Where to write it; standard output when left out.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Who joined a forum, with what they told the server (for organizers only).
    Participants {
        /// The forum's id; all forums when left out.
        #[arg(long)]
        forum: Option<ForumId>,
    },
    /// Write this program's manual pages (roff, one per command) into a directory; the
    /// packages ship them.
    #[command(hide = true)]
    Manpages {
        /// Where to write them.
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum ForumCommand {
    /// Create a forum from a statement file (format: docs/statement-format.md).
    Create {
        /// The statement file.
        #[arg(long)]
        statement: PathBuf,
    },
    /// List the forums this server hosts.
    List,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    if let Command::Manpages { dir } = &cli.command {
        let mut command = Cli::command();
        // Gives each subcommand its page name (`plenary-server-forum`) and synopsis name.
        command.build();
        return write_manpages(&command, dir);
    }
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .compact()
        .init();
    let storage = SqliteStorage::open(&cli.data)
        .with_context(|| format!("cannot open the data directory {}", cli.data.display()))?;
    match cli.command {
        Command::Serve { listen } => {
            let runtime = tokio::runtime::Runtime::new()?;
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind(&listen)
                    .await
                    .with_context(|| format!("cannot listen on {listen}"))?;
                tracing::info!(
                    address = %listener.local_addr()?,
                    data = %cli.data.display(),
                    key = %storage.server_key().short(),
                    "serving"
                );
                serve(listener, app(Arc::new(storage), Limits::default()), shutdown()).await?;
                tracing::info!("stopped");
                Ok(())
            })
        }
        Command::Forum { command: ForumCommand::Create { statement } } => {
            let text =
                std::fs::read_to_string(&statement).with_context(|| format!("cannot read {}", statement.display()))?;
            let parsed = Statement::parse(&text).with_context(|| statement.display().to_string())?;
            let forum = storage.create_forum(&parsed, now_ms())?;
            println!("created forum {} (number {}): {}", forum.id, forum.number, forum.title);
            Ok(())
        }
        Command::Forum { command: ForumCommand::List } => {
            for forum in storage.forums()? {
                println!("{}  {:>3}  {}", forum.id, forum.number, forum.title);
            }
            Ok(())
        }
        Command::Invite { forum, role, uses } => {
            let code = storage.create_invite(forum, role, uses, now_ms())?;
            println!("{code}");
            eprintln!("invite for {uses} device(s) as {role} in forum {forum}; it is shown only now");
            Ok(())
        }
        Command::Export { forum, language, format, annexes, out } => {
            let format = plenary_core::export::Format::parse(&format)?;
            let annexes = plenary_core::export::Annexes::parse(&annexes)?;
            let bytes = storage.export(forum, &language, format, annexes, now_ms())?;
            match out {
                Some(path) => {
                    std::fs::write(&path, &bytes).with_context(|| format!("cannot write {}", path.display()))?;
                    eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
                }
                None => std::io::Write::write_all(&mut std::io::stdout(), &bytes)?,
            }
            Ok(())
        }
        Command::Participants { forum } => {
            let forums: Vec<ForumId> = match forum {
                Some(f) => vec![f],
                None => storage.forums()?.into_iter().map(|f| f.id).collect(),
            };
            if forums.is_empty() {
                bail!("this server hosts no forums yet; create one with `forum create --statement FILE`");
            }
            for forum in forums {
                println!("forum {forum}");
                for p in storage.participants(forum)? {
                    let who = match &p.profile {
                        Some(profile) => format!(
                            "{} | {} | {} | {} | {}",
                            profile.name,
                            profile.affiliation,
                            profile.contact,
                            profile.group.map(|g| g.to_string()).unwrap_or_default(),
                            profile.region.clone().unwrap_or_default()
                        ),
                        None if p.key == storage.server_key() => "(this server)".into(),
                        None => "(no profile)".into(),
                    };
                    println!("  {}  {:<24}  {}", p.pseudonym, p.roles.join(","), who);
                }
            }
            Ok(())
        }
        Command::Manpages { .. } => Ok(()),
    }
}

/// The manual page of `command` and of each of its visible subcommands, as
/// `DIR/<page name>.1`.
fn write_manpages(command: &clap::Command, dir: &std::path::Path) -> Result<()> {
    let name = command.get_display_name().unwrap_or(command.get_name());
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut page)?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, page).with_context(|| format!("cannot write {}", path.display()))?;
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set() && sub.get_name() != "help") {
        write_manpages(sub, dir)?;
    }
    Ok(())
}

/// Completes on Ctrl-C or SIGTERM.
async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}
