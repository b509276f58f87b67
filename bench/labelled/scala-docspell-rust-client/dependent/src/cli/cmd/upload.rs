use clap::{ArgAction, ArgGroup, Parser, ValueHint};
use snafu::{ResultExt, Snafu};
use std::path::{Path, PathBuf};

use super::{Cmd, Context};
use crate::cli::opts::{EndpointOpts, FileAction, FileAuthError, UploadMeta};
use crate::cli::sink::Error as SinkError;
use crate::http::payload::{BasicResult, StringList, UploadMeta as MetaRequest};
use crate::http::{Error as HttpError, FileAuth};
use crate::util::file::FileActionResult;
use crate::util::{digest, file};

/// Uploads files to docspell.
///
/// To upload a file, an authenticated user is required, a source id
/// or the secret to the integration endpoint. The latter allows to
/// upload files to different collectives.
///
/// There are two modes for uploading: normal or via traversal.
/// Normally, it allows to upload multiple files via one single
/// request. Only files can be give as arguments. With `--traverse`
/// the arguments may be files or directories. If directories are
/// given, they are traversed recursively and each file is uploaded.
/// This mode creates one request per file. It is possible to specify
/// patters for inclusion/exclusion which apply to both modes. These
/// patterns are matched against the complete filename (with path).
///
/// Successfully uploaded files can be deleted or moved to another
/// directory. If a file already exists it is also deleted or moved.
/// So using `upload --traverse --delete` will upload all files that
/// are not yet in Docspell and then deletes them.
///
/// For glob patterns, see <https://docs.rs/glob/0.3.0/glob/struct.Pattern.html>
#[derive(Parser, Debug)]
#[command(group = ArgGroup::new("g_multiple"))]
pub struct Input {
    #[clap(flatten)]
    pub endpoint: EndpointOpts,

    #[clap(flatten)]
    pub upload: UploadMeta,

    /// If set, all files are uploaded as one single item. Default is
    /// to create one item per file. This does not work with `--traverse`!
    #[arg(long = "single-item", action = ArgAction::SetFalse, group="g_multiple")]
    pub multiple: bool,

    /// A glob pattern for matching against each file. Note that
    /// usually you can just use the shells expansion mechanism.
    #[arg(long, short, default_value = "**/*")]
    pub matches: String,

    #[clap(flatten)]
    pub action: FileAction,

    /// A glob pattern that excludes files to upload. If `--matches`
    /// is also specified, both must evaluate to true.
    #[arg(long, short)]
    pub not_matches: Option<String>,

    /// Traverses directories and uploads all files that match the
    /// glob patterns if specfified. This means it cannot be used with
    /// `--single-item`, because each file is uploaded in a separate
    /// request. Without this, only files are accepted and uploaded in
    /// one single request.
    #[arg(long, short, group = "g_multiple")]
    pub traverse: bool,

    /// Can be used with `--traverse` to periodically run an upload.
    /// This option allows to set a delay in seconds that is waited in
    /// between runs. Please see the `watch` subcommand for a more
    /// efficient way to achieve the same.
    #[arg(long)]
    pub poll: Option<u64>,

    /// Doesn't submit the request, but prints which files would be
    /// uploaded instead. This might be useful when using `--traverse`
    /// and glob patterns.
    #[arg(long)]
    pub dry_run: bool,

    /// One or more files to upload
    #[arg(required = true, num_args = 1, value_hint = ValueHint::FilePath)]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Snafu)]
pub enum Error {
    #[snafu(display("Cannot get credentials (could not be deduced from {}): {}", path.display(), source))]
    CredentialsRead {
        source: FileAuthError,
        path: PathBuf,
    },

    #[snafu(display("Unable to open file {}: {}", path.display(), source))]
    OpenFile {
        path: PathBuf,
        source: std::io::Error,
    },

    #[snafu(display("Error creating hash for '{}': {}", path.display(), source))]
    DigestFile {
        source: std::io::Error,
        path: PathBuf,
    },

    #[snafu(display("Cannot delete or move {}: {}", path.display(), source))]
    FileActionError {
        source: std::io::Error,
        path: PathBuf,
    },

    #[snafu(display("Unable to read file at {}: {}", path.display(), source))]
    ReadFile {
        path: PathBuf,
        source: std::io::Error,
    },

    #[snafu(display("File or directory not found: {}", path.display()))]
    FileMissing { path: PathBuf },

    #[snafu(display("Cannot upload directory: {}. Try with --traverse.", path.display()))]
    CannotUploadDirectory { path: PathBuf },

    #[snafu(display("An http error occurred: {}", source))]
    HttpClient { source: HttpError },

    #[snafu(display("Error writing data: {}", source))]
    WriteResult { source: SinkError },

    #[snafu(display("The `--single-item` option cannot be used with `--traverse`"))]
    MultipleWithTraverse,

    #[snafu(display("The `--poll` option requires `--traverse`"))]
    PollWithoutTraverse,

    #[snafu(display("The glob pattern '{}' is invalid: {}", pattern, source))]
    BadGlobPattern {
        source: glob::PatternError,
        pattern: String,
    },
}

impl Cmd for Input {
    type CmdError = Error;

    fn exec(&self, ctx: &Context) -> Result<(), Error> {
        let result = upload_files(self, ctx)?;
        ctx.write_result(result).context(WriteResultSnafu)?;
        Ok(())
    }
}

pub fn upload_files(args: &Input, ctx: &Context) -> Result<BasicResult, Error> {
    check_flags(args)?;
    let matcher = matching::Matcher::new(args)?;

    let meta = MetaRequest {
        multiple: args.multiple,
        direction: args
            .upload
            .direction
            .clone()
            .map(|d| d.to_value().to_string()),
        folder: args.upload.folder.clone(),
        skip_duplicates: args.upload.skip_duplicates,
        tags: StringList {
            items: args.upload.tag.clone(),
        },
        file_filter: args.upload.file_filter.clone(),
        language: args.upload.language.clone(),
        attachments_only: args.upload.attachments_only,
        flatten_archives: args.upload.flatten_archives,
    };
    log::debug!("Send file metadata: {:?}", serde_json::to_string(&meta));
    if args.traverse {
        if let Some(delay) = args.poll {
            let delay_dur = std::time::Duration::from_secs(delay);
            let dir_list = args
                .files
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<String>>()
                .join(", ");
            loop {
                eprintln!(
                    "Traversing to upload '{}' (every {:?}) …",
                    dir_list, delay_dur
                );
                upload_traverse(&meta, args, ctx, &matcher)?;
                std::thread::sleep(delay_dur);
            }
        } else {
            upload_traverse(&meta, args, ctx, &matcher)
        }
    } else {
        upload_single(&meta, args, ctx, matcher)
    }
}

fn apply_file_action(path: &Path, root: Option<&PathBuf>, opts: &Input) -> Result<(), Error> {
    let res = opts
        .action
        .execute(path, root)
        .context(FileActionSnafu { path })?;
    match res {
        FileActionResult::Deleted(_p) => {
            eprintln!("Deleted file");
            Ok(())
        }
        FileActionResult::Moved(p) => {
            eprintln!("Moved file to: {}", p.display());
            Ok(())
        }
        FileActionResult::Nothing => Ok(()),
    }
}

fn upload_traverse(
    meta: &MetaRequest,
    opts: &Input,
    ctx: &Context,
    matcher: &matching::Matcher,
) -> Result<BasicResult, Error> {
    log::debug!("Upload by traversing directory");
    let mut counter = 0;
    for path in &opts.files {
        if !path.exists() {
            return Err(Error::FileMissing {
                path: path.to_path_buf(),
            });
        }
    }
    for path in &opts.files {
        if path.is_dir() {
            for child in matcher.traverse(path)? {
                if !child.is_dir() {
                    let fauth = opts
                        .endpoint
                        .to_file_auth(ctx, &|| {
                            file::collective_from_subdir(&child, &[path.to_path_buf()])
                                .unwrap_or(None)
                        })
                        .context(CredentialsReadSnafu {
                            path: child.clone(),
                        })?;
                    let exists = check_existence(&child, opts, ctx, &fauth)?;
                    if !exists {
                        eprintln!("Uploading {}", child.display());
                        counter += 1;
                        if !opts.dry_run {
                            let res = ctx
                                .client
                                .upload_files(&fauth, meta, &[child.as_path()])
                                .context(HttpClientSnafu)?;
                            if res.success {
                                apply_file_action(&child, Some(path), opts)?;
                            }
                        }
                    } else {
                        file_exists_message(&child);
                        apply_file_action(&child, Some(path), opts)?;
                    }
                }
            }
        } else if matcher.is_included(path) {
            log::debug!("Uploading given regular file: {:?}", path);
            let fauth = opts
                .endpoint
                .to_file_auth(ctx, &|| None)
                .context(CredentialsReadSnafu { path: path.clone() })?;
            let exists = check_existence(path, opts, ctx, &fauth)?;
            if !exists {
                eprintln!("Uploading file {}", path.display());
                counter += 1;
                if !opts.dry_run {
                    let res = ctx
                        .client
                        .upload_files(&fauth, meta, &[path.as_path()])
                        .context(HttpClientSnafu)?;
                    if res.success {
                        apply_file_action(path, None, opts)?;
                    }
                }
            } else {
                file_exists_message(path);
                apply_file_action(path, None, opts)?;
            }
        }
    }

    Ok(BasicResult {
        success: true,
        message: format!("Uploaded {}", counter),
    })
}

fn file_exists_message(path: &Path) {
    eprintln!("File already in Docspell: {}", path.display());
}

/// Uploads all files in a single request.
fn upload_single(
    meta: &MetaRequest,
    opts: &Input,
    ctx: &Context,
    matcher: matching::Matcher,
) -> Result<BasicResult, Error> {
    log::debug!("Upload using a single request");
    let mut files: Vec<&Path> = Vec::new();

    for path in &opts.files {
        if !path.exists() {
            return Err(Error::FileMissing {
                path: path.to_path_buf(),
            });
        }
        if path.is_dir() {
            return Err(Error::CannotUploadDirectory {
                path: path.to_path_buf(),
            });
        }
    }

    for path in &opts.files {
        if matcher.is_included(path) {
            let fauth =
                opts.endpoint
                    .to_file_auth(ctx, &|| None)
                    .context(CredentialsReadSnafu {
                        path: opts.files[0].clone(),
                    })?;

            let exists = check_existence(path, opts, ctx, &fauth)?;
            if !exists {
                eprintln!("Adding to single request: {}", path.display());
                if !opts.dry_run {
                    files.push(path);
                }
            } else {
                file_exists_message(path);
                apply_file_action(path, None, opts)?;
            }
        } else {
            eprintln!("Skip '{}', doesn't match given pattern(s)", path.display());
        }
    }

    if !opts.dry_run {
        if !files.is_empty() {
            let fauth =
                opts.endpoint
                    .to_file_auth(ctx, &|| None)
                    .context(CredentialsReadSnafu {
                        path: opts.files[0].clone(),
                    })?;
            eprintln!("Sending request …");
            let result = ctx
                .client
                .upload_files(&fauth, meta, &files)
                .context(HttpClientSnafu)?;
            if result.success {
                for path in &files {
                    apply_file_action(path, None, opts)?;
                }
            }
            Ok(result)
        } else {
            Ok(BasicResult {
                success: true,
                message: "No files to upload".into(),
            })
        }
    } else {
        Ok(BasicResult {
            success: true,
            message: format!("Would upload {} file(s)", files.len()),
        })
    }
}

fn check_existence(
    path: &Path,
    opts: &Input,
    ctx: &Context,
    fauth: &FileAuth,
) -> Result<bool, Error> {
    if opts.upload.skip_duplicates {
        let hash = digest::digest_file_sha256(path).context(DigestFileSnafu { path })?;
        let exists = ctx
            .client
            .file_exists(hash, fauth)
            .context(HttpClientSnafu)?;
        Ok(exists.exists)
    } else {
        Ok(false)
    }
}

// TODO use clap to solve this!
fn check_flags(args: &Input) -> Result<(), Error> {
    if args.traverse && !args.multiple {
        return Err(Error::MultipleWithTraverse);
    }
    if args.poll.is_some() && !args.traverse {
        return Err(Error::PollWithoutTraverse);
    }

    Ok(())
}

//////////////////////////////////////////////////////////////////////////////
/// Helper types

mod matching {
    use super::*;
    use glob::{GlobResult, Paths, Pattern};

    pub struct Matcher {
        include: glob::Pattern,
        include_glob: String,
        exclude: Option<glob::Pattern>,
        exclude_glob: Option<String>,
    }

    impl Matcher {
        pub fn new(args: &Input) -> Result<Matcher, Error> {
            let include = glob::Pattern::new(&args.matches).context(BadGlobPatternSnafu {
                pattern: args.matches.clone(),
            })?;
            let exclude = match &args.not_matches {
                Some(nm) => Some(glob::Pattern::new(nm).context(BadGlobPatternSnafu {
                    pattern: nm.to_string(),
                })?),
                None => None,
            };

            Ok(Matcher {
                include,
                include_glob: args.matches.clone(),
                exclude,
                exclude_glob: args.not_matches.clone(),
            })
        }

        pub fn is_included(&self, path: &Path) -> bool {
            let bi = self.include.matches_path(path);
            let result = bi && !check_exclude(&self.exclude, path);
            log::debug!("Including '{}': {}", path.display(), result);
            result
        }

        pub fn traverse(&self, start: &Path) -> Result<Matches, Error> {
            let pattern = start.join(&self.include_glob).display().to_string();
            log::info!("Traversing {} (excluding {:?})", pattern, self.exclude_glob);
            let paths = glob::glob(&pattern).context(BadGlobPatternSnafu {
                pattern: self.include_glob.clone(),
            })?;

            Ok(Matches {
                paths,
                excl: self.exclude.clone(),
            })
        }
    }

    pub struct Matches {
        paths: Paths,
        excl: Option<Pattern>,
    }

    impl Iterator for Matches {
        type Item = PathBuf;

        fn next(&mut self) -> Option<Self::Item> {
            loop {
                let next = self.paths.next()?;
                let filtered = match_result(next, &self.excl).filter(|p| p.is_file());
                if filtered.is_some() {
                    return filtered;
                } else {
                    continue;
                }
            }
        }
    }

    fn match_result(result: GlobResult, excl: &Option<Pattern>) -> Option<PathBuf> {
        match result {
            Ok(path) => {
                let is_excluded = check_exclude(excl, &path);
                log::debug!("Include file '{}': {}", path.display(), !is_excluded);
                if !is_excluded {
                    Some(path)
                } else {
                    None
                }
            }
            Err(err) => {
                log::error!("Cannot read file while traversing: {}", err);
                eprintln!("Skipping some entry while traversing due to error: {}", err);
                None
            }
        }
    }

    fn check_exclude(patt: &Option<glob::Pattern>, path: &Path) -> bool {
        match patt {
            Some(p) => p.matches_path(path),
            None => false,
        }
    }
}
