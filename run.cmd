@echo off
rem Evaluate's front door on Windows: restores the local tools when needed, then hands every argument to run.ps1.
rem Relative paths in the arguments stay relative to the directory it was called from.
set "EVALUATE_CALLER_DIR=%CD%"
cd /d "%~dp0"
dotnet tool restore >nul || exit /b 1
dotnet pwsh -NoProfile -File run.ps1 %*
