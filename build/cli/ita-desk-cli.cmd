@echo off
rem ITA Desk command line, shipped in the installed app's "resources" folder:
rem   "%LOCALAPPDATA%\Programs\ITA Desk\resources\ita-desk-cli.cmd" info [--data-dir DIR] [--lang en]
rem It runs the app's own executable as Node (ELECTRON_RUN_AS_NODE), so no separate Node is needed.
setlocal
set ELECTRON_RUN_AS_NODE=1
"%~dp0..\ITA Desk.exe" "%~dp0app.asar\dist\electron\cli.cjs" %*
exit /b %ERRORLEVEL%
