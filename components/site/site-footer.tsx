export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-4xl px-4 py-6 text-sm text-slate-600 sm:px-6">
        <p>
          Bounce Doctor reads your bounce in your browser. Checks look up public DNS only; share
          links keep the result after the <code className="font-mono">#</code>, which never reaches
          our server.
        </p>
      </div>
    </footer>
  );
}
