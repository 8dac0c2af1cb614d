//! `wallet`: with no arguments, the web preview of the app with its sandbox bank on 127.0.0.1:8080.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use wallet_desktop::{dev, preview, sandbox};

#[derive(Parser)]
#[command(name = "wallet", version, about = "The wallet's desktop tools: the web preview of the app and dev commands.")]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    preview: PreviewArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Serves the web preview (also what `wallet` alone does).
    Preview(PreviewArgs),
    /// Runs the sandbox bank alone.
    Sandbox(SandboxArgs),
    /// Machine-readable zones of passports and ID cards (ICAO 9303).
    Mrz {
        #[command(subcommand)]
        command: MrzCommand,
    },
    /// Payment QR codes: the national ELQR and international EMVCo.
    Qr {
        #[command(subcommand)]
        command: QrCommand,
    },
    /// Splits a bill («Разделить чек»): equally, by shares, percentages or exact amounts, with an optional tip.
    Split(Box<dev::split::SplitArgs>),
}

#[derive(Subcommand)]
enum MrzCommand {
    /// Reads MRZ lines from stdin and prints every field and check digit.
    Parse {
        /// Prints one JSON object instead of a summary.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum QrCommand {
    /// Reads a payment link or a bare payload (ELQR, or an international EMVCo code) and prints every field.
    Parse {
        /// The link or payload; read from stdin when absent.
        text: Option<String>,
        /// Prints one JSON object instead of a summary.
        #[arg(long)]
        json: bool,
    },
    /// Makes a canonical ELQR payload, or a link with --prefix.
    Build(Box<QrBuildArgs>),
    /// Writes a QR image of a text (a link): SVG or PNG by the extension of --out.
    Render {
        text: String,
        #[arg(long)]
        out: PathBuf,
        /// Pixels per module, for PNG.
        #[arg(long, default_value_t = 8)]
        module_px: u32,
    },
    /// Prints the text of every QR code in a JPEG or PNG.
    Decode { image: PathBuf },
}

#[derive(Args)]
struct QrBuildArgs {
    /// The provider id (tag 32/00), e.g. qr.sandbox.kg.
    #[arg(long)]
    provider: String,
    /// The service code (32/01).
    #[arg(long)]
    service: Option<String>,
    /// The recipient id (32/10).
    #[arg(long)]
    recipient: Option<String>,
    /// The transaction id (32/11) of a dynamic code.
    #[arg(long)]
    transaction: Option<String>,
    /// The provider or recipient name shown to the payer (59), at most 25 characters.
    #[arg(long)]
    name: String,
    /// The merchant id (33/00).
    #[arg(long)]
    merchant_id: Option<String>,
    /// The service name (33/01).
    #[arg(long)]
    service_name: Option<String>,
    /// The merchant category code (52), 4 digits.
    #[arg(long, default_value = "0000")]
    mcc: String,
    /// ISO 4217 numeric currency (53).
    #[arg(long, default_value = "417")]
    currency: String,
    /// The amount in som (54 carries it in tyiyn).
    #[arg(long)]
    amount: Option<String>,
    /// Whether the payer may change the amount (32/12).
    #[arg(long)]
    amount_editable: Option<bool>,
    /// A comment (34), at most 32 characters.
    #[arg(long)]
    comment: Option<String>,
    /// A dynamic code (for one payment).
    #[arg(long)]
    dynamic: bool,
    /// Prints a link with this prefix (e.g. https://pay.payqr.kg/) instead of the bare payload.
    #[arg(long)]
    prefix: Option<String>,
}

#[derive(Args)]
struct PreviewArgs {
    /// Port on 127.0.0.1; 0 picks a free one.
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Folder for the preview's phones' data and its sandbox bank's database.
    #[arg(long, default_value = "wallet-data")]
    data_dir: PathBuf,
}

#[derive(Args)]
struct SandboxArgs {
    /// Port on 127.0.0.1; 0 picks a free one.
    #[arg(long, default_value_t = 8090)]
    port: u16,
    /// The SQLite database file; created and seeded with demo data if missing.
    #[arg(long, default_value = "sandbox.sqlite")]
    db: PathBuf,
    /// Milliseconds an accepted operation leaving the bank (a transfer to another bank) waits before it is executed
    /// (and can be cancelled).
    #[arg(long, default_value_t = 10_000)]
    execution_delay_ms: u64,
    /// Milliseconds an accepted operation inside the bank (a payment, a transfer to one of its customers) waits
    /// before it is executed.
    #[arg(long, default_value_t = 1_000)]
    in_bank_execution_delay_ms: u64,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let command = cli.command.unwrap_or(Command::Preview(cli.preview));
    let outcome = match command {
        Command::Sandbox(args) => sandbox::run(sandbox::Options {
            port: args.port,
            db: args.db,
            execution_delay: std::time::Duration::from_millis(args.execution_delay_ms),
            in_bank_execution_delay: std::time::Duration::from_millis(args.in_bank_execution_delay_ms),
        })
        .await
        .map_err(|e| e.to_string()),
        Command::Preview(args) => {
            preview::run(preview::Options { port: args.port, data_dir: args.data_dir }).await.map_err(|e| e.to_string())
        }
        Command::Mrz { command: MrzCommand::Parse { json } } => dev::mrz::run(json).map_err(|e| e.to_string()),
        Command::Qr { command } => qr(command).map_err(|e| e.to_string()),
        Command::Split(args) => dev::split::run(&args).map_err(|e| e.to_string()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("wallet: {error}");
            ExitCode::FAILURE
        }
    }
}

fn qr(command: QrCommand) -> Result<(), dev::qr::QrCommandError> {
    match command {
        QrCommand::Parse { text: Some(text), json } => dev::qr::run_parse(&text, json),
        QrCommand::Parse { text: None, json } => {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
                .map_err(|error| dev::qr::QrCommandError::File { path: "stdin".into(), error })?;
            dev::qr::run_parse(&text, json)
        }
        QrCommand::Build(args) => {
            let options = dev::qr::BuildOptions {
                provider: args.provider,
                service: args.service,
                recipient: args.recipient,
                transaction: args.transaction,
                name: args.name,
                merchant_id: args.merchant_id,
                service_name: args.service_name,
                mcc: args.mcc,
                currency: args.currency,
                amount: args.amount,
                amount_editable: args.amount_editable,
                comment: args.comment,
                dynamic: args.dynamic,
            };
            dev::qr::run_build(&options, args.prefix.as_deref())
        }
        QrCommand::Render { text, out, module_px } => dev::qr::render(&text, &out, module_px),
        QrCommand::Decode { image } => {
            for text in dev::qr::decode(&image)? {
                println!("{text}");
            }
            Ok(())
        }
    }
}
